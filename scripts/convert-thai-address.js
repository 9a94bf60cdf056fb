#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Converts the address list of the npm package thai-address-database (ISC licence) into
// resources/address/thai-address.tsv: one line per subdistrict and postcode, "subdistrict<TAB>district<TAB>province<TAB>postcode".
// Run once, when the package has a new version:
//   npm pack thai-address-database && tar xzf thai-address-database-*.tgz
//   node scripts/convert-thai-address.js package/database/db.json > resources/address/thai-address.tsv
'use strict';
const fs = require('fs');
const data = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const lookup = data.lookup.split('|');
const words = data.words.split('|');
// The package stores names with a word dictionary (A-Z, a-z stand for words) and a lookup table of names.
const text = (t) => (typeof t === 'number' ? lookup[t] : t).replace(/[A-Z]/gi, (m) => {
  const ch = m.charCodeAt(0);
  return words[ch < 97 ? ch - 65 : 26 + ch - 97];
});
const lines = [];
for (const province of data.data) {
  for (const amphoe of province[1]) {
    for (const district of amphoe[1]) {
      const zips = Array.isArray(district[1]) ? district[1] : [district[1]];
      for (const zip of zips) lines.push([text(district[0]), text(amphoe[0]), text(province[0]), zip].join('\t'));
    }
  }
}
process.stdout.write(lines.join('\n') + '\n');
