#!/usr/bin/env bash
# Writes tests/data/register-schemaN.db with the sujarit-cli of the current build: run it once when a schema is
# released (N = the new PRAGMA user_version), commit the file, and never change it afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
cli=build/app/cli/sujarit-cli
n=$(sqlite3 :memory: 'select 0' >/dev/null; "$cli" --db /tmp/fixture-probe.db init | sed -E 's/.*schema ([0-9]+).*/\1/')
rm -f /tmp/fixture-probe.db*
out=tests/data/register-schema$n.db
rm -f "$out" "$out"-*
export SUJARIT_DB=$PWD/$out SUJARIT_TODAY=2025-02-01
"$cli" init >/dev/null
cat > /tmp/fixture.csv <<'CSV'
วันที่รับ,ช่องทาง,ประเภท,ไม่ประสงค์ออกนาม,ชื่อผู้ร้อง,อายุ,ที่อยู่,โทรศัพท์,เรื่อง,รายละเอียด,ขอให้ดำเนินการ,ผู้ถูกร้อง,ตำแหน่ง,สังกัด,หลักฐาน
19/1/2567 16.06 น.,ทางโทรศัพท์,corruption,ไม่ใช่,นางอรุณี สายสุด,22,213 หมู่ที่ 8 ตำบลหนองจรเข้ อำเภอหนองแค จังหวัดสระบุรี,0857123822,เบิกจ่ายค่าตอบแทนเป็นเท็จ,พบเห็นการเบิกจ่าย,ขอให้ตรวจสอบ,นายชูชาติ บุญมา,นายช่างโยธา,กองช่าง,ภาพถ่าย 2 ชุด
5 เม.ย. 2567 11.29 น.,ร้องเรียนด้วยตนเอง,service,ไม่ใช่,นางสาวรัตนา สายสุด,41,,,ไม่ได้รับเบี้ยยังชีพผู้สูงอายุตามกำหนด,,,นายลำดวน อินทร์แก้ว,เจ้าพนักงานธุรการ,สำนักปลัด,
๑ สิงหาคม ๒๕๖๗ 14.39 น.,เว็บไซต์,service,ใช่,,,,,น้ำประปาหมู่บ้านไม่ไหล,,,นางสมหญิง ใจดี,นักวิชาการ,กองช่าง,
4 ต.ค. 2567 15.56 น.,ร้องเรียนด้วยตนเอง,misconduct,ไม่ใช่,นายจันทร์เพ็ญ รักไทย,32,277 หมู่ที่ 11,0893984085,ละเว้นการปฏิบัติหน้าที่ในการเก็บขยะ,มีภาพถ่าย,ขอให้ตรวจสอบ,นายสุรชัย พึ่งบุญ,นายช่างโยธา,กองช่าง,
27/10/2567 14.44 น.,ตู้รับเรื่องร้องเรียน,service,ใช่,,,,,ล่าช้าในการซ่อมไฟฟ้าส่องสว่าง,,,นางมาลี แสงทอง,นายช่างไฟฟ้า,กองช่าง,
CSV
"$cli" complaints import /tmp/fixture.csv >/dev/null
"$cli" complaints step 1/2567 registered --at "2024-01-22 09:00" --by "นางสาวสมใจ ใจดี" >/dev/null
"$cli" complaints step 1/2567 accepted --at "2024-01-23 09:00" >/dev/null
"$cli" complaints step 1/2567 assigned --to กองช่าง --at "2024-01-23 10:00" >/dev/null
sqlite3 "$out" "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;" >/dev/null
rm -f "$out"-*
echo "wrote $out"
