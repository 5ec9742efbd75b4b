<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../checkin/ui/camera.py" line="124"/>
        <source>Cam&amp;era:</source>
        <translation>ال&amp;كاميرا:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="125"/>
        <location filename="../checkin/ui/camera.py" line="169"/>
        <source>Turn camera &amp;off</source>
        <translation>إي&amp;قاف الكاميرا</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="125"/>
        <location filename="../checkin/ui/camera.py" line="169"/>
        <source>Turn camera &amp;on</source>
        <translation>ت&amp;شغيل الكاميرا</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="126"/>
        <source>Camera picture, mirrored</source>
        <translation>صورة الكاميرا، معكوسة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="129"/>
        <source>Camera {number}</source>
        <translation>الكاميرا {number}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="140"/>
        <source>No camera found. Scan badges with the handheld scanner or type the code.</source>
        <translation>لم يُعثر على كاميرا. امسح الشارات بالماسح اليدوي أو اكتب الرمز.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="141"/>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="142"/>
        <source>Hold the badge&apos;s code up to the camera.</source>
        <translation>ضع رمز الشارة أمام الكاميرا.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="143"/>
        <source>The camera was unplugged. The handheld scanner keeps working.</source>
        <translation>فُصلت الكاميرا. يستمر الماسح اليدوي في العمل.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="144"/>
        <source>The camera cannot be used: it may be unplugged or in use by another program. The handheld scanner keeps working.</source>
        <translation>لا يمكن استخدام الكاميرا: ربما فُصلت أو يستخدمها برنامج آخر. يستمر الماسح اليدوي في العمل.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="146"/>
        <source>The camera sends no picture: another program may be using it.</source>
        <translation>لا ترسل الكاميرا صورة: ربما يستخدمها برنامج آخر.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="104"/>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="104"/>
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="104"/>
        <source>Organiser</source>
        <translation>منظِّم</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="105"/>
        <source>Press</source>
        <translation>صحافة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="105"/>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="105"/>
        <source>Staff</source>
        <translation>طاقم</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="361"/>
        <source>Check before importing</source>
        <translation>المراجعة قبل الاستيراد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="362"/>
        <source>Nothing has been written yet. This is what the import would do.</source>
        <translation>لم يُحفظ أي شيء بعد. هذا ما سيقوم به الاستيراد.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="363"/>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="368"/>
        <source>New: {added}   Updated: {updated}   Unchanged: {unchanged}   In the event but not in the file (kept): {missing}</source>
        <translation>جديد: {added}   محدَّث: {updated}   دون تغيير: {unchanged}   في الفعالية وليس في الملف (يُحتفظ به): {missing}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="375"/>
        <source>{errors} error(s): nothing can be imported until the file or the column choice is corrected.</source>
        <translation>عدد الأخطاء {errors}: لا يمكن استيراد أي شيء حتى يُصحَّح الملف أو اختيار الأعمدة.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="379"/>
        <source>No errors. {warnings} warning(s) to read; they do not stop the import.</source>
        <translation>لا توجد أخطاء. عدد التحذيرات {warnings}، يُرجى قراءتها؛ فهي لا تمنع الاستيراد.</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="184"/>
        <source>&amp;Session:</source>
        <translation>ال&amp;جلسة:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="185"/>
        <source>&amp;Desk:</source>
        <translation>المك&amp;تب:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="186"/>
        <source>En&amp;try</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="187"/>
        <source>E&amp;xit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="188"/>
        <source>&amp;Mute sounds</source>
        <translation>&amp;كتم الأصوات</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="189"/>
        <source>Badge &amp;code:</source>
        <translation>&amp;رمز الشارة:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="190"/>
        <source>Scan or type a badge code, then Enter</source>
        <translation>امسح رمز الشارة أو اكتبه، ثم اضغط Enter</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="191"/>
        <source>C&amp;heck in</source>
        <translation>ت&amp;سجيل الحضور</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="192"/>
        <source>Find by &amp;name:</source>
        <translation>البحث با&amp;لاسم:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="193"/>
        <source>Name, organisation or email (Ctrl+F)</source>
        <translation>الاسم أو المؤسسة أو البريد الإلكتروني (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="194"/>
        <source>&amp;Undo last scan</source>
        <translation>التراجع ع&amp;ن آخر عملية مسح</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="195"/>
        <source>Annuls the last admitted scan (Ctrl+Z)</source>
        <translation>يُلغي آخر عملية مسح سُمح فيها بالدخول (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="196"/>
        <source>Check in &amp;anyway…</source>
        <translation>تسجيل الحضور ر&amp;غم ذلك…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="197"/>
        <source>Admit despite the refusal, with a reason (Ctrl+Shift+O)</source>
        <translation>السماح بالدخول رغم الرفض، مع ذكر السبب (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="198"/>
        <source>Recent scans</source>
        <translation>آخر عمليات المسح</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="199"/>
        <source>Print &amp;badge</source>
        <translation>طباعة ال&amp;شارة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="200"/>
        <source>Prints the badge of the person shown (Ctrl+P)</source>
        <translation>يطبع شارة الشخص المعروض (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="201"/>
        <source>Pre&amp;view badge…</source>
        <translation>&amp;معاينة الشارة…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="202"/>
        <source>Print on check-in:</source>
        <translation>الطباعة عند تسجيل الحضور:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="205"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="205"/>
        <source>once, if not yet printed</source>
        <translation>مرة واحدة إن لم تُطبع بعد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="205"/>
        <source>always</source>
        <translation>دائمًا</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="209"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="209"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="209"/>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="209"/>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="209"/>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="211"/>
        <location filename="../checkin/ui/checkin_screen.py" line="233"/>
        <source>Ready to scan</source>
        <translation>جاهز للمسح</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="243"/>
        <source>Arrival at the venue</source>
        <translation>الوصول إلى مكان الفعالية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="264"/>
        <source>Arrived: {arrived} / {registered}</source>
        <translation>الواصلون: {arrived} / {registered}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="269"/>
        <source>In the room: {present} · registered: {booked}</source>
        <translation>في القاعة: {present} · المسجَّلون: {booked}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="271"/>
        <source>places: {capacity}</source>
        <translation>المقاعد: {capacity}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="282"/>
        <source>{verdict} (undone)</source>
        <translation>{verdict} (تم التراجع)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="283"/>
        <source>Arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="315"/>
        <source>Not recorded</source>
        <translation>لم يُسجَّل</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="363"/>
        <source>Scan undone</source>
        <translation>تم التراجع عن عملية المسح</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="379"/>
        <source>Another badge was scanned meanwhile: scan again to override</source>
        <translation>تم مسح شارة أخرى في هذه الأثناء: امسح مجددًا للتجاوز</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="386"/>
        <source>Check in anyway</source>
        <translation>تسجيل الحضور رغم ذلك</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="387"/>
        <source>{refusal}. Reason for admitting anyway:</source>
        <translation>{refusal}. سبب السماح بالدخول رغم ذلك:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="408"/>
        <source>Badge printed</source>
        <translation>طُبعت الشارة</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="187"/>
        <source>What do you want to import?</source>
        <translation>ما الذي تريد استيراده؟</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="188"/>
        <source>Choose the kind of list and the file (CSV or Excel).</source>
        <translation>اختر نوع القائمة والملف (CSV أو Excel).</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="189"/>
        <source>&amp;Participant list (registrations)</source>
        <translation>&amp;قائمة المشاركين (التسجيلات)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="190"/>
        <source>P&amp;rogramme (sessions)</source>
        <translation>ال&amp;برنامج (الجلسات)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="191"/>
        <source>Import the programme first: participant lists name its sessions.</source>
        <translation>استورد البرنامج أولاً: فقوائم المشاركين تذكر جلساته.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="192"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="193"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
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
        <location filename="../checkin/cli/badge_cmds.py" line="124"/>
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
        <location filename="../checkin/cli/commands.py" line="207"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="124"/>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <location filename="../checkin/cli/commands.py" line="207"/>
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
        <location filename="../checkin/cli/commands.py" line="207"/>
        <source>Places</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="125"/>
        <source>Registration</source>
        <translation>تسجيل مسبق</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="156"/>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="159"/>
        <source>Earlier: {time} at {desk}</source>
        <translation>سابقاً: {time} عند مكتب {desk}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="162"/>
        <source>Admitted by override ({refusal}): {reason}</source>
        <translation>سُمح بالدخول رغم الرفض ({refusal}): {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="164"/>
        <source>Scan id: {id}</source>
        <translation>معرّف عملية المسح: {id}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="174"/>
        <source>Undone: {count} scan(s) annulled</source>
        <translation>تم التراجع: عدد عمليات المسح الملغاة {count}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="188"/>
        <source>Wrote {rows} rows to {path}</source>
        <translation>تمت الكتابة في {path}: عدد الصفوف {rows}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="205"/>
        <source>Arrived: {arrived} of {registered} registered</source>
        <translation>وصل {arrived} من المسجَّلين البالغ عددهم {registered}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="207"/>
        <source>Registered</source>
        <translation>المسجَّلون</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="207"/>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="207"/>
        <source>Attended</source>
        <translation>حضروا</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="29"/>
        <source>event file (default: the last one used)</source>
        <translation>ملف الفعالية (الافتراضي: آخر ملف مستخدَم)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="31"/>
        <source>language of messages</source>
        <translation>لغة الرسائل</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="34"/>
        <source>print results as JSON</source>
        <translation>عرض النتائج بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="43"/>
        <source>not a UUID: {value}</source>
        <translation>ليس معرّف UUID: {value}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="50"/>
        <source>a mapping must look like FIELD=COLUMN, not {mapping}</source>
        <translation>يجب أن تكون المطابقة بالشكل FIELD=COLUMN، وليس {mapping}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="55"/>
        <source>CSV or XLSX file</source>
        <translation>ملف CSV أو XLSX</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="57"/>
        <source>check and preview only; write nothing</source>
        <translation>فحص ومعاينة فقط، دون حفظ أي شيء</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="59"/>
        <source>use COLUMN of the file for FIELD (repeatable)</source>
        <translation>استخدام العمود COLUMN من الملف للحقل FIELD (يمكن تكراره)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="65"/>
        <source>Registration desk for conferences: offline, in German, English and Arabic.</source>
        <translation>مكتب تسجيل للمؤتمرات: يعمل دون إنترنت، بالألمانية والإنجليزية والعربية.</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="66"/>
        <source>COMMAND</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="71"/>
        <source>create a new event file</source>
        <translation>إنشاء ملف فعالية جديد</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="72"/>
        <source>event name (English)</source>
        <translation>اسم الفعالية (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="73"/>
        <source>event name in German</source>
        <translation>اسم الفعالية بالألمانية</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="74"/>
        <source>event name in Arabic</source>
        <translation>اسم الفعالية بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="75"/>
        <source>venue</source>
        <translation>مكان الفعالية</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="76"/>
        <source>time zone of the venue, e.g. Asia/Hebron</source>
        <translation>المنطقة الزمنية لمكان الفعالية، مثل Asia/Hebron</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="77"/>
        <source>first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="78"/>
        <source>last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="79"/>
        <source>event tag in badge codes (4 digits; random if not given)</source>
        <translation>معرّف الفعالية في رموز الشارات (4 أرقام؛ عشوائي إن لم يُحدَّد)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="81"/>
        <source>import participants or the programme</source>
        <translation>استيراد المشاركين أو البرنامج</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="82"/>
        <location filename="../checkin/cli/parser.py" line="106"/>
        <source>WHAT</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="83"/>
        <source>participant list</source>
        <translation>قائمة المشاركين</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="84"/>
        <source>programme (sessions)</source>
        <translation>البرنامج (الجلسات)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="86"/>
        <source>list participants with their badge codes</source>
        <translation>عرض المشاركين مع رموز شاراتهم</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="52"/>
        <location filename="../checkin/cli/parser.py" line="87"/>
        <source>only those matching TEXT</source>
        <translation>فقط ما يطابق TEXT</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="89"/>
        <source>list the programme&apos;s sessions</source>
        <translation>عرض جلسات البرنامج</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="91"/>
        <source>check a badge code in (or out)</source>
        <translation>تسجيل الحضور (أو الخروج) برمز الشارة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="92"/>
        <source>badge code as scanned or typed</source>
        <translation>رمز الشارة كما مُسح أو كُتب</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="94"/>
        <source>session number or title (default: arrival at the venue)</source>
        <translation>رقم الجلسة أو عنوانها (الافتراضي: الوصول إلى مكان الفعالية)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="59"/>
        <location filename="../checkin/cli/parser.py" line="95"/>
        <location filename="../checkin/cli/parser.py" line="103"/>
        <source>name of this desk</source>
        <translation>اسم هذا المكتب</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="96"/>
        <source>record leaving instead of entering</source>
        <translation>تسجيل الخروج بدلاً من الدخول</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="97"/>
        <source>admit despite a refusal, giving the reason</source>
        <translation>السماح بالدخول رغم الرفض، مع ذكر السبب</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="99"/>
        <source>id of this scan attempt: sending it again records the scan once</source>
        <translation>معرّف محاولة المسح هذه: إرساله مجددًا يسجّل المسح مرة واحدة فقط</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="101"/>
        <source>undo a scan (it stays in the log, annulled)</source>
        <translation>التراجع عن عملية مسح (تبقى في السجل مُلغاة)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="102"/>
        <source>id of the scan, or its first 8 characters</source>
        <translation>معرّف عملية المسح أو أول 8 أحرف منه</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="105"/>
        <source>export data</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="107"/>
        <source>attendance per session and as a matrix</source>
        <translation>الحضور لكل جلسة وعلى شكل مصفوفة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="108"/>
        <source>file format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="109"/>
        <source>file to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="110"/>
        <source>only this session (CSV)</source>
        <translation>هذه الجلسة فقط (CSV)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="112"/>
        <source>arrived / registered, and per session</source>
        <translation>الواصلون / المسجَّلون، ولكل جلسة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="113"/>
        <source>create a demo event with a programme and about 300 participants</source>
        <translation>إنشاء فعالية تجريبية مع برنامج ونحو 300 مشارك</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="42"/>
        <source>print badges into a PDF file and record them as printed</source>
        <translation>طباعة الشارات في ملف PDF وتسجيلها كمطبوعة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="43"/>
        <source>PDF file to write</source>
        <translation>ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="45"/>
        <source>badge layout: a name from “checkin layouts” or a .json file (default: a6)</source>
        <translation>تصميم الشارة: اسم من «checkin layouts» أو ملف ‎.json (الافتراضي: a6)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="47"/>
        <source>only these people: badge code or the first 8 or more characters of the id</source>
        <translation>هؤلاء الأشخاص فقط: رمز الشارة أو أول 8 أحرف أو أكثر من المعرّف</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="49"/>
        <source>only people whose current badge was never printed</source>
        <translation>فقط الأشخاص الذين لم تُطبع شارتهم الحالية بعد</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="51"/>
        <source>only this category (participant, speaker, organiser, press, interpreter, staff)</source>
        <translation>هذه الفئة فقط (participant، speaker، organiser، press، interpreter، staff)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="54"/>
        <source>include cancelled registrations (people named with --participant always are)</source>
        <translation>تضمين التسجيلات الملغاة (الأشخاص المذكورون بـ --participant مشمولون دائمًا)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="56"/>
        <source>lost badge: give the people named a new code first (the old one is revoked)</source>
        <translation>شارة مفقودة: أعطِ الأشخاص المذكورين رمزًا جديدًا أولًا (يُلغى الرمز القديم)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="58"/>
        <source>language on the badges (default: the language of messages)</source>
        <translation>لغة الشارات (الافتراضي: لغة الرسائل)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="61"/>
        <source>a proof: do not record the badges as printed</source>
        <translation>نسخة تجريبية: لا تسجّل الشارات كمطبوعة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="63"/>
        <source>list the badge layouts (shipped and your own)</source>
        <translation>عرض تصاميم الشارات (المرفقة وتصاميمك الخاصة)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="82"/>
        <source>No badges to print: nothing written</source>
        <translation>لا توجد شارات للطباعة: لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="97"/>
        <source>Wrote {badges} badge(s) on {pages} page(s) to {path} (layout {layout})</source>
        <translation>كُتبت الشارات: {badges} على صفحات عددها {pages} في {path} (التصميم {layout})</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="100"/>
        <source>New badge code for {name}: {code} (the old one is revoked)</source>
        <translation>رمز شارة جديد لـ {name}: {code} (أُلغي الرمز القديم)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="103"/>
        <source>Not recorded as printed (proof)</source>
        <translation>لم تُسجَّل كمطبوعة (نسخة تجريبية)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="124"/>
        <source>Page (mm)</source>
        <translation>الصفحة (مم)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="125"/>
        <source>Badge (mm)</source>
        <translation>الشارة (مم)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="125"/>
        <source>Per page</source>
        <translation>في الصفحة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="125"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="34"/>
        <source>read badge codes from image files, as the camera would</source>
        <translation>قراءة رموز الشارات من ملفات الصور كما تفعل الكاميرا</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="36"/>
        <source>image file (PNG, JPEG, …)</source>
        <translation>ملف صورة (PNG، JPEG، …)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="43"/>
        <source>no such file</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="44"/>
        <source>not an image file</source>
        <translation>ليس ملف صورة</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="70"/>
        <source>{file}: no QR code found</source>
        <translation>{file}: لم يُعثر على رمز QR</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="73"/>
        <source>{file}: {code}</source>
        <translation>{file}: {code}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="75"/>
        <source>(not a badge code)</source>
        <translation>(ليس رمز شارة)</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../checkin/ui/verdict_view.py" line="23"/>
        <source>Checked in at {time} at {desk}</source>
        <translation>سُجِّل الحضور في {time} عند مكتب {desk}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/verdict_view.py" line="26"/>
        <source>Override ({refusal}): {reason}</source>
        <translation>دخول رغم الرفض ({refusal}): {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/verdict_view.py" line="29"/>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="179"/>
        <source>Edit participant</source>
        <translation>تعديل بيانات المشارك</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="180"/>
        <source>The desk note is shown whenever this badge is scanned.</source>
        <translation>تظهر ملاحظة المكتب كلما مُسحت هذه الشارة.</translation>
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
        <source>Enter a title in at least one language.</source>
        <translation>أدخل عنواناً بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="74"/>
        <source>Number {number} is already used by another session.</source>
        <translation>الرقم {number} مستخدم مسبقاً لجلسة أخرى.</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="75"/>
        <source>“{value}” is not a valid session number.</source>
        <translation>«{value}» ليس رقم جلسة صالحاً.</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="76"/>
        <source>Capacity must be a whole number above zero, or empty for no limit (not “{value}”).</source>
        <translation>يجب أن يكون عدد المقاعد عدداً صحيحاً أكبر من صفر، أو فارغاً لعدم تحديده (وليس «{value}»).</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="77"/>
        <source>The session ends before it starts.</source>
        <translation>تنتهي الجلسة قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="78"/>
        <source>The admission window closes before it opens.</source>
        <translation>تنتهي فترة الدخول قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="79"/>
        <source>Unknown kind of session: {value}</source>
        <translation>نوع جلسة غير معروف: {value}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="80"/>
        <source>The event file {path} cannot be written now (in use or not writable): nothing was recorded, try again</source>
        <translation>لا يمكن الكتابة في ملف الفعالية {path} الآن (قيد الاستخدام أو غير قابل للكتابة): لم يُسجَّل شيء، حاول مجددًا</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="81"/>
        <source>{path} was written by a newer version of checkin: update this laptop first</source>
        <translation>كُتب {path} بإصدار أحدث من checkin: حدّث هذا الحاسوب أولًا</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="82"/>
        <source>The badge layout {file} cannot be used: {reason}</source>
        <translation>لا يمكن استخدام تصميم الشارة {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="83"/>
        <source>There is no badge layout called {name} (there are: {available})</source>
        <translation>لا يوجد تصميم شارة باسم {name} (المتاح: {available})</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="84"/>
        <source>No badges to print</source>
        <translation>لا توجد شارات للطباعة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="85"/>
        <source>Name the people whose badges to replace with --participant</source>
        <translation>حدّد بـ --participant الأشخاص الذين ستُستبدل شاراتهم</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="86"/>
        <source>The printer {printer} did not accept the badges: nothing was recorded as printed</source>
        <translation>لم تقبل الطابعة {printer} الشارات: لم يُسجَّل شيء كمطبوع</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="87"/>
        <source>Name the new event file with --db PATH</source>
        <translation>حدِّد ملف الفعالية الجديد باستخدام --db PATH</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="88"/>
        <source>Not a date (YYYY-MM-DD): {value}</source>
        <translation>ليس تاريخاً (YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="89"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="90"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>تعذّرت الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="91"/>
        <source>{detail} (see --help)</source>
        <translation>{detail} (انظر --help)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="92"/>
        <source>Nothing was imported: the file has {errors} error(s)</source>
        <translation>لم يُستورد أي شيء: عدد الأخطاء في الملف {errors}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="93"/>
        <source>Unknown export format: {format}</source>
        <translation>صيغة تصدير غير معروفة: {format}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="94"/>
        <source>Unexpected error ({kind}); details were written to {log}</source>
        <translation>خطأ غير متوقع ({kind})؛ كُتبت التفاصيل في {log}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="98"/>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="160"/>
        <source>Export attendance to</source>
        <translation>تصدير الحضور إلى</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="161"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV لبرنامج Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="161"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنّف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="195"/>
        <source>Exported {rows} rows to {path}</source>
        <translation>تم التصدير إلى {path}: عدد الصفوف {rows}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="209"/>
        <source>Export attendance</source>
        <translation>تصدير الحضور</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="210"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="211"/>
        <source>&amp;CSV (for Excel)</source>
        <translation>&amp;CSV (لبرنامج Excel)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="212"/>
        <source>E&amp;xcel workbook (every list on its own sheet)</source>
        <translation>مصنّف &amp;Excel (كل قائمة في ورقة مستقلة)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="213"/>
        <source>&amp;Content:</source>
        <translation>ال&amp;محتوى:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="214"/>
        <source>&amp;File:</source>
        <translation>المل&amp;ف:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="215"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="216"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="217"/>
        <source>All sessions (attendance matrix)</source>
        <translation>كل الجلسات (مصفوفة الحضور)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="221"/>
        <source>Session {number}: {title}</source>
        <translation>الجلسة {number}: {title}</translation>
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
        <location filename="../checkin/i18n/messages.py" line="119"/>
        <source>Files of type “{extension}” cannot be imported: use CSV or XLSX</source>
        <translation>لا يمكن استيراد ملفات من نوع «{extension}»: استخدم CSV أو XLSX</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="120"/>
        <source>The file {file} does not exist</source>
        <translation>الملف {file} غير موجود</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="121"/>
        <source>The file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="122"/>
        <source>The file cannot be read: it is not a valid CSV or Excel file</source>
        <translation>تعذّرت قراءة الملف: ليس ملف CSV أو Excel صالحاً</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="123"/>
        <source>No header row found: the first rows must name the columns</source>
        <translation>لم يُعثر على صف العناوين: يجب أن تحمل الصفوف الأولى أسماء الأعمدة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="124"/>
        <source>The file has a header row but no data rows</source>
        <translation>يحتوي الملف على صف العناوين ولكن لا يحتوي على صفوف بيانات</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="126"/>
        <source>Unknown field “{field}” in the column mapping</source>
        <translation>حقل غير معروف «{field}» في مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="127"/>
        <source>The mapping names this column for “{field}”, but the file has no such column</source>
        <translation>تحدد المطابقة هذا العمود للحقل «{field}»، لكن الملف لا يحتوي على هذا العمود</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="128"/>
        <source>Column not recognised; it is ignored</source>
        <translation>لم يُتعرَّف على العمود؛ سيتم تجاهله</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="129"/>
        <source>A second column for “{field}”; the first one is used</source>
        <translation>عمود ثانٍ للحقل «{field}»؛ سيُستخدم الأول</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="131"/>
        <source>No name column found (first name, last name, full name or Arabic name)</source>
        <translation>لم يُعثر على عمود للاسم (الاسم الأول، اسم العائلة، الاسم الكامل أو الاسم بالعربية)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="132"/>
        <source>No name in this row</source>
        <translation>لا يوجد اسم في هذا الصف</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="133"/>
        <source>No session of the programme is called “{value}”</source>
        <translation>لا توجد في البرنامج جلسة باسم «{value}»</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="134"/>
        <source>“{value}” could be several sessions ({sessions}): write the full title</source>
        <translation>«{value}» قد يشير إلى أكثر من جلسة ({sessions}): اكتب العنوان كاملاً</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="135"/>
        <source>Unknown category “{value}”</source>
        <translation>فئة غير معروفة «{value}»</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="136"/>
        <source>Registration ID {value} was already used in row {first_row}</source>
        <translation>رقم التسجيل {value} مستخدم مسبقاً في الصف {first_row}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="137"/>
        <source>{name} appears more than once (rows {rows})</source>
        <translation>{name} مذكور أكثر من مرة (الصفوف {rows})</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="138"/>
        <source>The email address {email} is shared by several people (rows {rows})</source>
        <translation>عنوان البريد الإلكتروني {email} مشترك بين عدة أشخاص (الصفوف {rows})</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="139"/>
        <source>Unknown language “{value}”; left empty</source>
        <translation>لغة غير معروفة «{value}»؛ تُركت فارغة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="140"/>
        <source>“{value}” does not look like an email address</source>
        <translation>«{value}» لا يبدو عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="141"/>
        <source>“{value}” contains “?”: characters were probably lost when the file was saved; check the spelling</source>
        <translation>«{value}» يحتوي على «?»: ربما فُقدت بعض الأحرف عند حفظ الملف؛ تحقق من الكتابة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="142"/>
        <source>{name} is not in this file (kept, not deleted)</source>
        <translation>{name} غير موجود في هذا الملف (يُحتفظ به ولا يُحذف)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="144"/>
        <source>No title column found</source>
        <translation>لم يُعثر على عمود العنوان</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="145"/>
        <source>No title in this row</source>
        <translation>لا يوجد عنوان في هذا الصف</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="146"/>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» ليس عدداً صحيحاً</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="147"/>
        <source>Session number {value} was already used in row {first_row}</source>
        <translation>رقم الجلسة {value} مستخدم مسبقاً في الصف {first_row}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="148"/>
        <source>Unknown kind of session “{value}” (plenary, panel, working group, site visit, social)</source>
        <translation>نوع جلسة غير معروف «{value}» (جلسة عامة، حلقة نقاش، مجموعة عمل، زيارة ميدانية، حفل استقبال)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="149"/>
        <source>“{value}” is not a date and time (e.g. 2017-11-20 09:00)</source>
        <translation>«{value}» ليس تاريخاً ووقتاً (مثال: 2017-11-20 09:00)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="150"/>
        <source>The session ends before it starts</source>
        <translation>تنتهي الجلسة قبل أن تبدأ</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="151"/>
        <source>“{value}” is neither yes nor no</source>
        <translation>«{value}» ليس «نعم» ولا «لا»</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="161"/>
        <source>Session {number}</source>
        <translation>الجلسة {number}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="166"/>
        <source>Problem: {code}</source>
        <translation>مشكلة: {code}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="168"/>
        <source>Row {row}, column “{column}”</source>
        <translation>الصف {row}، العمود «{column}»</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="170"/>
        <source>Row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="172"/>
        <source>Column “{column}”</source>
        <translation>العمود «{column}»</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="175"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="175"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="54"/>
        <source>Session number</source>
        <translation>رقم الجلسة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="55"/>
        <source>Title (German)</source>
        <translation>العنوان (بالألمانية)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="56"/>
        <source>Title (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="57"/>
        <source>Title (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="58"/>
        <source>Kind of session</source>
        <translation>نوع الجلسة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="59"/>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="60"/>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="61"/>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="62"/>
        <source>Capacity</source>
        <translation>عدد المقاعد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="63"/>
        <source>Registration required</source>
        <translation>التسجيل المسبق مطلوب</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="67"/>
        <source>Registration ID</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="68"/>
        <source>Salutation</source>
        <translation>صيغة المخاطبة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="69"/>
        <source>Academic title</source>
        <translation>اللقب العلمي</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="70"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="71"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="72"/>
        <source>Full name (one column)</source>
        <translation>الاسم الكامل (عمود واحد)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="73"/>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="74"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="75"/>
        <source>Position in Arabic</source>
        <translation>المنصب بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="76"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="77"/>
        <source>Organisation in Arabic</source>
        <translation>المؤسسة بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="78"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="79"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="80"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="81"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="82"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="83"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="84"/>
        <source>Note for the desk</source>
        <translation>ملاحظة للمكتب</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="81"/>
        <source>Choose the file to import</source>
        <translation>اختر الملف المراد استيراده</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="82"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>الجداول (*.csv *.txt *.tsv *.xlsx *.xlsm);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="133"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="134"/>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="135"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="136"/>
        <source>&amp;Finish</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="137"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../checkin/ui/main_window.py" line="146"/>
        <source>Opening the event…</source>
        <translation>جارٍ فتح الفعالية…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="149"/>
        <source>&amp;File</source>
        <translation>مل&amp;ف</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="150"/>
        <source>&amp;New event…</source>
        <translation>فعالية &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="151"/>
        <source>&amp;Open event…</source>
        <translation>&amp;فتح فعالية…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="152"/>
        <source>&amp;Recent events</source>
        <translation>&amp;آخر الفعاليات</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="153"/>
        <source>Save a &amp;backup copy…</source>
        <translation>حفظ &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="154"/>
        <source>&amp;Import participants or programme…</source>
        <translation>&amp;استيراد المشاركين أو البرنامج…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="155"/>
        <source>&amp;Export attendance…</source>
        <translation>&amp;تصدير الحضور…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="157"/>
        <source>&amp;Print badge</source>
        <translation>&amp;طباعة الشارة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="158"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="159"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="160"/>
        <source>Check-&amp;in</source>
        <translation>تسجيل ال&amp;حضور</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="160"/>
        <source>&amp;Participants</source>
        <translation>ال&amp;مشاركون</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="160"/>
        <source>P&amp;rogramme</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="183"/>
        <source>{title} (demo)</source>
        <translation>{title} (تجريبية)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="186"/>
        <source>Demo event: the people and scans are made up. Start your own with File › New event.</source>
        <translation>فعالية تجريبية: الأشخاص وعمليات المسح وهمية. أنشئ فعاليتك الخاصة من ملف › فعالية جديدة.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/app.py" line="78"/>
        <location filename="../checkin/ui/main_window.py" line="222"/>
        <source>Cannot open the event</source>
        <translation>تعذّر فتح الفعالية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="237"/>
        <source>Event files (*{suffix})</source>
        <translation>ملفات الفعاليات (*{suffix})</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="243"/>
        <source>Open event</source>
        <translation>فتح فعالية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="263"/>
        <source>Save a backup copy</source>
        <translation>حفظ نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="269"/>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="272"/>
        <source>Backup saved to {path}</source>
        <translation>حُفظت النسخة الاحتياطية في {path}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="281"/>
        <source>Check the columns</source>
        <translation>مراجعة الأعمدة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="282"/>
        <source>The first rows of the file, and which column fills which field. Change a field&apos;s column if it was not recognised.</source>
        <translation>الصفوف الأولى من الملف، وأي عمود يملأ أي حقل. غيّر عمود الحقل إن لم يُتعرَّف عليه.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="284"/>
        <source>Columns for the fields:</source>
        <translation>أعمدة الحقول:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="288"/>
        <source>{file}: header in row {header}, {rows} data rows.</source>
        <translation>{file}: صف العناوين هو الصف {header}، وعدد صفوف البيانات {rows}.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="292"/>
        <source>— not used —</source>
        <translation>— غير مستخدَم —</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="294"/>
        <source>Session column {n}</source>
        <translation>عمود الجلسة {n}</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="57"/>
        <source>New event</source>
        <translation>فعالية جديدة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="58"/>
        <source>Event file:</source>
        <translation>ملف الفعالية:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="58"/>
        <source>Name (German):</source>
        <translation>الاسم (بالألمانية):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="58"/>
        <source>Name (English):</source>
        <translation>الاسم (بالإنجليزية):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="59"/>
        <source>Name (Arabic):</source>
        <translation>الاسم (بالعربية):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="59"/>
        <source>Venue:</source>
        <translation>مكان الفعالية:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="59"/>
        <source>Time zone of the venue:</source>
        <translation>المنطقة الزمنية لمكان الفعالية:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="60"/>
        <source>First day:</source>
        <translation>اليوم الأول:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="60"/>
        <source>Last day:</source>
        <translation>اليوم الأخير:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="63"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="71"/>
        <source>New event file</source>
        <translation>ملف فعالية جديد</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="258"/>
        <source>Add walk-in…</source>
        <translation>إضافة مشارك دون تسجيل مسبق…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="259"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="261"/>
        <source>Reinstate…</source>
        <translation>إعادة تفعيل التسجيل…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="261"/>
        <source>Cancel registration…</source>
        <translation>إلغاء التسجيل…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="262"/>
        <source>Replace badge code…</source>
        <translation>استبدال رمز الشارة…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="287"/>
        <source>{name} added. Badge code: {code}</source>
        <translation>تمت إضافة {name}. رمز الشارة: {code}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="307"/>
        <source>{name}: changes saved</source>
        <translation>{name}: تم حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="308"/>
        <source>{name}: nothing changed</source>
        <translation>{name}: لم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="320"/>
        <source>Cancel registration</source>
        <translation>إلغاء التسجيل</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="321"/>
        <source>Cancel the registration of {name}? Their badge will be refused at the entrance until the registration is reinstated.</source>
        <translation>هل تريد إلغاء تسجيل {name}؟ ستُرفض الشارة عند المدخل إلى أن يُعاد تفعيل التسجيل.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="324"/>
        <source>Reinstate</source>
        <translation>إعادة تفعيل التسجيل</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="325"/>
        <source>Reinstate the registration of {name}? Their badge will be admitted again.</source>
        <translation>هل تريد إعادة تفعيل تسجيل {name}؟ سيُسمح بالدخول بالشارة مجدداً.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="330"/>
        <source>{name}: registration cancelled</source>
        <translation>{name}: تم إلغاء التسجيل</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="331"/>
        <source>{name}: registration reinstated</source>
        <translation>{name}: تمت إعادة تفعيل التسجيل</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="340"/>
        <source>Give {name} a new badge code? When scanned, the old badge will then be refused as replaced (revoked). Print the new badge afterwards.</source>
        <translation>هل تريد إعطاء {name} رمز شارة جديداً؟ ستُرفض الشارة القديمة بعد ذلك عند مسحها لأنها مستبدَلة (ملغاة). اطبع الشارة الجديدة بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="342"/>
        <source>Replace badge code</source>
        <translation>استبدال رمز الشارة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="347"/>
        <source>{name}: new badge code {code}. The old badge is revoked.</source>
        <translation>{name}: رمز شارة جديد {code}. الشارة القديمة ملغاة.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="382"/>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
</context>
<context>
    <name>ParticipantDetailPane</name>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="283"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="283"/>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="284"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="284"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="285"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="285"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="285"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="286"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="286"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="287"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="287"/>
        <source>Badge code</source>
        <translation>رمز الشارة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="288"/>
        <source>Desk note</source>
        <translation>ملاحظة للمكتب</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="288"/>
        <source>Registered for</source>
        <translation>مسجَّل في</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="292"/>
        <source>Select a participant to see their details and scans.</source>
        <translation>اختر مشاركاً لعرض بياناته وعمليات المسح الخاصة به.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="293"/>
        <source>Scans</source>
        <translation>عمليات المسح</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="294"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="294"/>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="294"/>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="295"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="295"/>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="316"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="316"/>
        <source>Registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="319"/>
        <source>No session</source>
        <translation>لا توجد جلسات</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="333"/>
        <source>Arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="336"/>
        <source>undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="338"/>
        <source>forced: {reason}</source>
        <translation>رغم الرفض: {reason}</translation>
    </message>
</context>
<context>
    <name>ParticipantFields</name>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="194"/>
        <source>Registration ID</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="195"/>
        <source>Salutation</source>
        <translation>صيغة المخاطبة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="196"/>
        <source>Title</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="197"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="198"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="199"/>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="200"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="201"/>
        <source>Position in Arabic</source>
        <translation>المنصب بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="202"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="203"/>
        <source>Organisation in Arabic</source>
        <translation>المؤسسة بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="204"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="205"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="206"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="207"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="208"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="209"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="210"/>
        <source>Desk note</source>
        <translation>ملاحظة للمكتب</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="155"/>
        <source>No preference</source>
        <translation>دون تفضيل</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="154"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="155"/>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="156"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="157"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="158"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="159"/>
        <source>Arrived</source>
        <translation>وقت الوصول</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="160"/>
        <source>Badge code</source>
        <translation>رمز الشارة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="192"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="192"/>
        <source>Registered</source>
        <translation>مسجَّل</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="179"/>
        <source>Search name, organisation, email or code</source>
        <translation>ابحث بالاسم أو المؤسسة أو البريد الإلكتروني أو الرمز</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="180"/>
        <source>Type any part of a name (Latin or Arabic), organisation, email or badge code. Ctrl+F: back here; Down or Enter: to the list; Esc: clear.</source>
        <translation>اكتب أي جزء من الاسم (بالحروف اللاتينية أو العربية) أو المؤسسة أو البريد الإلكتروني أو رمز الشارة. Ctrl+F: العودة إلى هنا؛ السهم للأسفل أو Enter: الانتقال إلى القائمة؛ Esc: مسح البحث.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="183"/>
        <source>Search participants</source>
        <translation>البحث عن المشاركين</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="184"/>
        <source>Show everyone, or only who arrived or not</source>
        <translation>عرض الجميع، أو الواصلين فقط، أو غير الواصلين فقط</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="185"/>
        <source>Only people registered for this session</source>
        <translation>فقط المسجَّلون في هذه الجلسة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="186"/>
        <source>Only people from this country</source>
        <translation>فقط الأشخاص من هذا البلد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="187"/>
        <source>Only people of this category</source>
        <translation>فقط الأشخاص من هذه الفئة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="188"/>
        <source>Arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="188"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="189"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="189"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="191"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="213"/>
        <source>Arrived and not arrived</source>
        <translation>الواصلون وغير الواصلين</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="214"/>
        <source>Arrived</source>
        <translation>الواصلون</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="214"/>
        <source>Not arrived</source>
        <translation>غير الواصلين</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="215"/>
        <source>All sessions</source>
        <translation>كل الجلسات</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="218"/>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="220"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="271"/>
        <source>{shown} of {total} participants</source>
        <translation>المشاركون: {shown} من {total}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="274"/>
        <source>best matches only: type more</source>
        <translation>أفضل النتائج فقط: اكتب المزيد</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../checkin/ui/printing.py" line="138"/>
        <source>Badge preview</source>
        <translation>معاينة الشارة</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="103"/>
        <source>no limit</source>
        <translation>غير محدود</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="104"/>
        <source>required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="105"/>
        <source>open to all</source>
        <translation>مفتوح للجميع</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="186"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="186"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="186"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="187"/>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="187"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="188"/>
        <source>Registered</source>
        <translation>المسجَّلون</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="188"/>
        <source>Present now</source>
        <translation>الحاضرون الآن</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="189"/>
        <source>Capacity</source>
        <translation>عدد المقاعد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="189"/>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="192"/>
        <source>&amp;Add session…</source>
        <translation>إ&amp;ضافة جلسة…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="193"/>
        <source>&amp;Edit session…</source>
        <translation>&amp;تعديل الجلسة…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="402"/>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="408"/>
        <source>{file} was imported: {added} new, {updated} updated, {unchanged} unchanged. {missing} in the event but not in the file were kept.</source>
        <translation>تم استيراد {file}: جديد {added}، محدَّث {updated}، دون تغيير {unchanged}. العناصر الموجودة في الفعالية وغير الموجودة في الملف ({missing}) بقيت محفوظة.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="240"/>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="242"/>
        <source>Edit session {number}</source>
        <translation>تعديل الجلسة {number}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="244"/>
        <source>&amp;Number:</source>
        <translation>ال&amp;رقم:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="244"/>
        <source>Title (&amp;German):</source>
        <translation>العنوان (بال&amp;ألمانية):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="245"/>
        <source>Title (&amp;English):</source>
        <translation>العنوان (بالإن&amp;جليزية):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="245"/>
        <source>Title (&amp;Arabic):</source>
        <translation>العنوان (بال&amp;عربية):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="246"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="246"/>
        <source>&amp;Room:</source>
        <translation>ال&amp;قاعة:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="246"/>
        <source>&amp;Starts:</source>
        <translation>ال&amp;بداية:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="247"/>
        <source>E&amp;nds:</source>
        <translation>النها&amp;ية:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="247"/>
        <source>&amp;Capacity:</source>
        <translation>عدد ال&amp;مقاعد:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="248"/>
        <source>Re&amp;gistration:</source>
        <translation>ال&amp;تسجيل:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="249"/>
        <source>Ad&amp;mission:</source>
        <translation>ال&amp;دخول:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="249"/>
        <source>Admit &amp;from:</source>
        <translation>ال&amp;سماح بالدخول من:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="250"/>
        <source>Admit &amp;until:</source>
        <translation>السماح بالدخول &amp;حتى:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="256"/>
        <source>empty: no limit</source>
        <translation>فارغ: غير محدود</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="257"/>
        <source>Only people registered for it are admitted</source>
        <translation>لا يُسمح بالدخول إلا للمسجَّلين فيها</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="258"/>
        <source>Only within a time window (off: admit at any time)</source>
        <translation>ضمن فترة زمنية فقط (عند عدم التحديد: الدخول في أي وقت)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="259"/>
        <source>Times are in the event&apos;s time zone ({zone}).</source>
        <translation>الأوقات بحسب المنطقة الزمنية للفعالية ({zone}).</translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="111"/>
        <source>Plenary</source>
        <translation>جلسة عامة</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="111"/>
        <source>Panel discussion</source>
        <translation>حلقة نقاش</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="111"/>
        <source>Working group</source>
        <translation>مجموعة عمل</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="112"/>
        <source>Site visit</source>
        <translation>زيارة ميدانية</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="112"/>
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
    <name>WalkInDialog</name>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="166"/>
        <source>Add a walk-in</source>
        <translation>إضافة مشارك دون تسجيل مسبق</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="167"/>
        <source>A name is enough; the badge code is assigned when you press OK.</source>
        <translation>يكفي الاسم؛ يُخصَّص رمز الشارة عند الضغط على «حسنًا».</translation>
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
