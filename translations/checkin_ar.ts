<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Category</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="90"/>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="90"/>
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="90"/>
        <source>Organiser</source>
        <translation>منظِّم</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="91"/>
        <source>Press</source>
        <translation>صحافة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="91"/>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="91"/>
        <source>Staff</source>
        <translation>طاقم</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../checkin/cli/commands.py" line="57"/>
        <source>Created event file {db} (badge code tag {tag})</source>
        <translation>تم إنشاء ملف الفعالية {db} (معرّف الفعالية في رموز الشارات: {tag})</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="65"/>
        <source>The demo event is already at {db}</source>
        <translation>الفعالية التجريبية موجودة مسبقاً في {db}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="73"/>
        <source>Created the demo event in {db}: {people} participants, {arrived} already arrived</source>
        <translation>تم إنشاء الفعالية التجريبية في {db}: عدد المشاركين {people}، وصل منهم {arrived}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="99"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="102"/>
        <source>Badge code</source>
        <translation>رمز الشارة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="102"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="102"/>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="102"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="103"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="103"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="122"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="122"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <location filename="../checkin/cli/commands.py" line="206"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <location filename="../checkin/cli/commands.py" line="206"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <location filename="../checkin/cli/commands.py" line="206"/>
        <source>Places</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="125"/>
        <source>Registration</source>
        <translation>تسجيل مسبق</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="155"/>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="158"/>
        <source>Earlier: {time} at {desk}</source>
        <translation>سابقاً: {time} عند مكتب {desk}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="161"/>
        <source>Admitted by override ({refusal}): {reason}</source>
        <translation>سُمح بالدخول رغم الرفض ({refusal}): {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="163"/>
        <source>Scan id: {id}</source>
        <translation>معرّف عملية المسح: {id}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="173"/>
        <source>Undone: {count} scan(s) annulled</source>
        <translation>تم التراجع: عدد عمليات المسح الملغاة {count}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="187"/>
        <source>Wrote {rows} rows to {path}</source>
        <translation>تمت الكتابة في {path}: عدد الصفوف {rows}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="204"/>
        <source>Arrived: {arrived} of {registered} registered</source>
        <translation>وصل {arrived} من المسجَّلين البالغ عددهم {registered}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="206"/>
        <source>Registered</source>
        <translation>المسجَّلون</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="206"/>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="206"/>
        <source>Attended</source>
        <translation>حضروا</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="27"/>
        <source>event file (default: the last one used)</source>
        <translation>ملف الفعالية (الافتراضي: آخر ملف مستخدَم)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="29"/>
        <source>language of messages</source>
        <translation>لغة الرسائل</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="32"/>
        <source>print results as JSON</source>
        <translation>عرض النتائج بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="40"/>
        <source>a mapping must look like FIELD=COLUMN, not {mapping}</source>
        <translation>يجب أن تكون المطابقة بالشكل FIELD=COLUMN، وليس {mapping}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="45"/>
        <source>CSV or XLSX file</source>
        <translation>ملف CSV أو XLSX</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="47"/>
        <source>check and preview only; write nothing</source>
        <translation>فحص ومعاينة فقط، دون حفظ أي شيء</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="49"/>
        <source>use COLUMN of the file for FIELD (repeatable)</source>
        <translation>استخدام العمود COLUMN من الملف للحقل FIELD (يمكن تكراره)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="55"/>
        <source>Registration desk for conferences: offline, in German, English and Arabic.</source>
        <translation>مكتب تسجيل للمؤتمرات: يعمل دون إنترنت، بالألمانية والإنجليزية والعربية.</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="56"/>
        <source>COMMAND</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="61"/>
        <source>create a new event file</source>
        <translation>إنشاء ملف فعالية جديد</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="62"/>
        <source>event name (English)</source>
        <translation>اسم الفعالية (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="63"/>
        <source>event name in German</source>
        <translation>اسم الفعالية بالألمانية</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="64"/>
        <source>event name in Arabic</source>
        <translation>اسم الفعالية بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="65"/>
        <source>venue</source>
        <translation>مكان الفعالية</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="66"/>
        <source>time zone of the venue, e.g. Asia/Hebron</source>
        <translation>المنطقة الزمنية لمكان الفعالية، مثل Asia/Hebron</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="67"/>
        <source>first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="68"/>
        <source>last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="69"/>
        <source>event tag in badge codes (4 digits; random if not given)</source>
        <translation>معرّف الفعالية في رموز الشارات (4 أرقام؛ عشوائي إن لم يُحدَّد)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="71"/>
        <source>import participants or the programme</source>
        <translation>استيراد المشاركين أو البرنامج</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="72"/>
        <location filename="../checkin/cli/parser.py" line="94"/>
        <source>WHAT</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="73"/>
        <source>participant list</source>
        <translation>قائمة المشاركين</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="74"/>
        <source>programme (sessions)</source>
        <translation>البرنامج (الجلسات)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="76"/>
        <source>list participants with their badge codes</source>
        <translation>عرض المشاركين مع رموز شاراتهم</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="77"/>
        <source>only those matching TEXT</source>
        <translation>فقط ما يطابق TEXT</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="79"/>
        <source>list the programme&apos;s sessions</source>
        <translation>عرض جلسات البرنامج</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="81"/>
        <source>check a badge code in (or out)</source>
        <translation>تسجيل الحضور (أو الخروج) برمز الشارة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="82"/>
        <source>badge code as scanned or typed</source>
        <translation>رمز الشارة كما مُسح أو كُتب</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="84"/>
        <source>session number or title (default: arrival at the venue)</source>
        <translation>رقم الجلسة أو عنوانها (الافتراضي: الوصول إلى مكان الفعالية)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="85"/>
        <location filename="../checkin/cli/parser.py" line="91"/>
        <source>name of this desk</source>
        <translation>اسم هذا المكتب</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="86"/>
        <source>record leaving instead of entering</source>
        <translation>تسجيل الخروج بدلاً من الدخول</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="87"/>
        <source>admit despite a refusal, giving the reason</source>
        <translation>السماح بالدخول رغم الرفض، مع ذكر السبب</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="89"/>
        <source>undo a scan (it stays in the log, annulled)</source>
        <translation>التراجع عن عملية مسح (تبقى في السجل مُلغاة)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="90"/>
        <source>id of the scan, or its first 8 characters</source>
        <translation>معرّف عملية المسح أو أول 8 أحرف منه</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="93"/>
        <source>export data</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="95"/>
        <source>attendance per session and as a matrix</source>
        <translation>الحضور لكل جلسة وعلى شكل مصفوفة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="96"/>
        <source>file format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="97"/>
        <source>file to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="98"/>
        <source>only this session (CSV)</source>
        <translation>هذه الجلسة فقط (CSV)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="100"/>
        <source>arrived / registered, and per session</source>
        <translation>الواصلون / المسجَّلون، ولكل جلسة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="101"/>
        <source>create a demo event with a programme and about 300 participants</source>
        <translation>إنشاء فعالية تجريبية مع برنامج ونحو 300 مشارك</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="53"/>
        <source>{path} is not an event file</source>
        <translation>{path} ليس ملف فعالية</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="54"/>
        <source>There is no event file at {path}</source>
        <translation>لا يوجد ملف فعالية في {path}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="55"/>
        <source>An event file already exists at {path}</source>
        <translation>يوجد ملف فعالية في {path} مسبقاً</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="56"/>
        <source>The event file holds no event</source>
        <translation>ملف الفعالية لا يحتوي على أي فعالية</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="57"/>
        <source>Unknown time zone: {timezone}</source>
        <translation>منطقة زمنية غير معروفة: {timezone}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="58"/>
        <source>The event tag must be {length} digits, not {tag}</source>
        <translation>يجب أن يتكون معرّف الفعالية من {length} أرقام، وليس {tag}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="59"/>
        <source>The event ends before it starts</source>
        <translation>تنتهي الفعالية قبل أن تبدأ</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="60"/>
        <source>Unknown field: {field}</source>
        <translation>حقل غير معروف: {field}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="61"/>
        <source>A name is required</source>
        <translation>الاسم مطلوب</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="62"/>
        <source>Unknown language: {language}</source>
        <translation>لغة غير معروفة: {language}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="63"/>
        <source>Unknown category: {category}</source>
        <translation>فئة غير معروفة: {category}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="64"/>
        <source>No participant found for {ref}</source>
        <translation>لا يوجد مشارك يطابق {ref}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="65"/>
        <source>{ref} matches more than one participant: give more digits</source>
        <translation>{ref} يطابق أكثر من مشارك: أدخل أرقاماً أكثر</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="66"/>
        <source>No session found for {session}</source>
        <translation>لا توجد جلسة تطابق {session}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="67"/>
        <source>{session} matches more than one session: use its number</source>
        <translation>{session} يطابق أكثر من جلسة: استخدم رقم الجلسة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="68"/>
        <source>No scan found for {scan}</source>
        <translation>لا توجد عملية مسح تطابق {scan}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="69"/>
        <source>{scan} matches more than one scan: give more characters</source>
        <translation>{scan} يطابق أكثر من عملية مسح: أدخل أحرفاً أكثر</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="70"/>
        <source>That scan was refused, so there is nothing to undo</source>
        <translation>رُفضت عملية المسح هذه، فلا يوجد ما يمكن التراجع عنه</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="71"/>
        <source>That scan was already undone</source>
        <translation>تم التراجع عن عملية المسح هذه مسبقاً</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="72"/>
        <source>The translation compiler (lrelease) is missing</source>
        <translation>أداة تجميع الترجمات (lrelease) غير موجودة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="73"/>
        <source>Name the new event file with --db PATH</source>
        <translation>حدِّد ملف الفعالية الجديد باستخدام --db PATH</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="74"/>
        <source>Not a date (YYYY-MM-DD): {value}</source>
        <translation>ليس تاريخاً (YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="75"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="76"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>تعذّرت الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="77"/>
        <source>{detail} (see --help)</source>
        <translation>{detail} (انظر --help)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="78"/>
        <source>Nothing was imported: the file has {errors} error(s)</source>
        <translation>لم يُستورد أي شيء: عدد الأخطاء في الملف {errors}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="79"/>
        <source>Unknown export format: {format}</source>
        <translation>صيغة تصدير غير معروفة: {format}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="80"/>
        <source>Unexpected error ({kind}); details were written to {log}</source>
        <translation>خطأ غير متوقع ({kind})؛ كُتبت التفاصيل في {log}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="84"/>
        <source>Error: {code}</source>
        <translation>خطأ: {code}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../checkin/export.py" line="55"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="56"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="57"/>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="58"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="59"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="60"/>
        <source>Arrival at the venue</source>
        <translation>الوصول إلى مكان الفعالية</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="61"/>
        <source>First entry</source>
        <translation>أول دخول</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="62"/>
        <source>Last exit</source>
        <translation>آخر خروج</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="63"/>
        <source>Registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="64"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="65"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="66"/>
        <source>Matrix</source>
        <translation>المصفوفة</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="67"/>
        <source>Arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="68"/>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="69"/>
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="70"/>
        <source>Organiser</source>
        <translation>منظِّم</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="71"/>
        <source>Press</source>
        <translation>صحافة</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="72"/>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="73"/>
        <source>Staff</source>
        <translation>طاقم</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../checkin/cli/imports.py" line="22"/>
        <source>Nothing was imported: {errors} error(s), {warnings} warning(s)</source>
        <translation>لم يُستورد أي شيء: الأخطاء {errors}، التحذيرات {warnings}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/imports.py" line="24"/>
        <source>Dry run, nothing written: would add {added}, update {updated}, leave {unchanged} unchanged; {missing} not in the file</source>
        <translation>تشغيل تجريبي، لم يُحفظ شيء: ستتم إضافة {added}، وتحديث {updated}، وإبقاء {unchanged} دون تغيير؛ غير موجود في الملف: {missing}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/imports.py" line="27"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged; {missing} not in the file</source>
        <translation>تم الاستيراد: إضافة {added}، تحديث {updated}، دون تغيير {unchanged}؛ غير موجود في الملف: {missing}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="105"/>
        <source>Files of type “{extension}” cannot be imported: use CSV or XLSX</source>
        <translation>لا يمكن استيراد ملفات من نوع «{extension}»: استخدم CSV أو XLSX</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="106"/>
        <source>The file {file} does not exist</source>
        <translation>الملف {file} غير موجود</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="107"/>
        <source>The file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="108"/>
        <source>The file cannot be read: it is not a valid CSV or Excel file</source>
        <translation>تعذّرت قراءة الملف: ليس ملف CSV أو Excel صالحاً</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="109"/>
        <source>No header row found: the first rows must name the columns</source>
        <translation>لم يُعثر على صف العناوين: يجب أن تحمل الصفوف الأولى أسماء الأعمدة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="110"/>
        <source>The file has a header row but no data rows</source>
        <translation>يحتوي الملف على صف العناوين ولكن لا يحتوي على صفوف بيانات</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="112"/>
        <source>Unknown field “{field}” in the column mapping</source>
        <translation>حقل غير معروف «{field}» في مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="113"/>
        <source>The mapping names this column for “{field}”, but the file has no such column</source>
        <translation>تحدد المطابقة هذا العمود للحقل «{field}»، لكن الملف لا يحتوي على هذا العمود</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="114"/>
        <source>Column not recognised; it is ignored</source>
        <translation>لم يُتعرَّف على العمود؛ سيتم تجاهله</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="115"/>
        <source>A second column for “{field}”; the first one is used</source>
        <translation>عمود ثانٍ للحقل «{field}»؛ سيُستخدم الأول</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="117"/>
        <source>No name column found (first name, last name, full name or Arabic name)</source>
        <translation>لم يُعثر على عمود للاسم (الاسم الأول، اسم العائلة، الاسم الكامل أو الاسم بالعربية)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="118"/>
        <source>No name in this row</source>
        <translation>لا يوجد اسم في هذا الصف</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="119"/>
        <source>No session of the programme is called “{value}”</source>
        <translation>لا توجد في البرنامج جلسة باسم «{value}»</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="120"/>
        <source>“{value}” could be several sessions ({sessions}): write the full title</source>
        <translation>«{value}» قد يشير إلى أكثر من جلسة ({sessions}): اكتب العنوان كاملاً</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="121"/>
        <source>Unknown category “{value}”</source>
        <translation>فئة غير معروفة «{value}»</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="122"/>
        <source>Registration ID {value} was already used in row {first_row}</source>
        <translation>رقم التسجيل {value} مستخدم مسبقاً في الصف {first_row}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="123"/>
        <source>{name} appears more than once (rows {rows})</source>
        <translation>{name} مذكور أكثر من مرة (الصفوف {rows})</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="124"/>
        <source>The email address {email} is shared by several people (rows {rows})</source>
        <translation>عنوان البريد الإلكتروني {email} مشترك بين عدة أشخاص (الصفوف {rows})</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="125"/>
        <source>Unknown language “{value}”; left empty</source>
        <translation>لغة غير معروفة «{value}»؛ تُركت فارغة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="126"/>
        <source>“{value}” does not look like an email address</source>
        <translation>«{value}» لا يبدو عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="127"/>
        <source>“{value}” contains “?”: characters were probably lost when the file was saved; check the spelling</source>
        <translation>«{value}» يحتوي على «?»: ربما فُقدت بعض الأحرف عند حفظ الملف؛ تحقق من الكتابة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="128"/>
        <source>{name} is not in this file (kept, not deleted)</source>
        <translation>{name} غير موجود في هذا الملف (يُحتفظ به ولا يُحذف)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="130"/>
        <source>No title column found</source>
        <translation>لم يُعثر على عمود العنوان</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="131"/>
        <source>No title in this row</source>
        <translation>لا يوجد عنوان في هذا الصف</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="132"/>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» ليس عدداً صحيحاً</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="133"/>
        <source>Session number {value} was already used in row {first_row}</source>
        <translation>رقم الجلسة {value} مستخدم مسبقاً في الصف {first_row}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="134"/>
        <source>Unknown kind of session “{value}” (plenary, panel, working group, site visit, social)</source>
        <translation>نوع جلسة غير معروف «{value}» (جلسة عامة، حلقة نقاش، مجموعة عمل، زيارة ميدانية، حفل استقبال)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="135"/>
        <source>“{value}” is not a date and time (e.g. 2017-11-20 09:00)</source>
        <translation>«{value}» ليس تاريخاً ووقتاً (مثال: 2017-11-20 09:00)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="136"/>
        <source>The session ends before it starts</source>
        <translation>تنتهي الجلسة قبل أن تبدأ</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="137"/>
        <source>“{value}” is neither yes nor no</source>
        <translation>«{value}» ليس «نعم» ولا «لا»</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="147"/>
        <source>Session {number}</source>
        <translation>الجلسة {number}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="152"/>
        <source>Problem: {code}</source>
        <translation>مشكلة: {code}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="154"/>
        <source>Row {row}, column “{column}”</source>
        <translation>الصف {row}، العمود «{column}»</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="156"/>
        <source>Row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="158"/>
        <source>Column “{column}”</source>
        <translation>العمود «{column}»</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="161"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="161"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="97"/>
        <source>Plenary</source>
        <translation>جلسة عامة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="97"/>
        <source>Panel discussion</source>
        <translation>حلقة نقاش</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="97"/>
        <source>Working group</source>
        <translation>مجموعة عمل</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="98"/>
        <source>Site visit</source>
        <translation>زيارة ميدانية</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="98"/>
        <source>Social event</source>
        <translation>نشاط اجتماعي</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="30"/>
        <source>Welcome: checked in</source>
        <translation>أهلاً وسهلاً: تم تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="31"/>
        <source>Checked out</source>
        <translation>تم تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="32"/>
        <source>Not a valid badge code (misread or mistyped)</source>
        <translation>رمز شارة غير صالح (قراءة أو كتابة خاطئة)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="33"/>
        <source>This badge belongs to another event</source>
        <translation>هذه الشارة تخص فعالية أخرى</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="34"/>
        <source>Unknown badge code</source>
        <translation>رمز شارة غير معروف</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="35"/>
        <source>This badge was replaced: use the new badge</source>
        <translation>تم استبدال هذه الشارة: استخدم الشارة الجديدة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="36"/>
        <source>Registration cancelled</source>
        <translation>التسجيل ملغى</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="37"/>
        <source>Admission to this session is closed</source>
        <translation>الدخول إلى هذه الجلسة مغلق</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="38"/>
        <source>Not registered for this session</source>
        <translation>غير مسجَّل في هذه الجلسة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="39"/>
        <source>Session is full</source>
        <translation>الجلسة ممتلئة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="40"/>
        <source>Already checked in</source>
        <translation>تم تسجيل الحضور مسبقاً</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="15"/>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="16"/>
        <source>positional arguments</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="17"/>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="18"/>
        <source>show this help message and exit</source>
        <translation>عرض هذه المساعدة ثم الخروج</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="19"/>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="20"/>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="21"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="22"/>
        <source>expected one argument</source>
        <translation>يُتوقع وسيط واحد</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="23"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
</context>
</TS>
