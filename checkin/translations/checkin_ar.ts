<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About checkin</source>
        <translation>حول checkin</translation>
    </message>
    <message>
        <source>An offline registration desk for conferences, in German, English and Arabic.</source>
        <translation>مكتب تسجيل للمؤتمرات يعمل دون إنترنت، بالألمانية والإنجليزية والعربية.</translation>
    </message>
    <message>
        <source>Built with Qt {qt} (PySide6 {pyside}) and Python {python}.</source>
        <translation>مبني باستخدام Qt {qt} (PySide6 {pyside}) وPython {python}.</translation>
    </message>
    <message>
        <source>checkin is free software under the MIT licence.</source>
        <translation>checkin برنامج حر مرخّص بموجب رخصة MIT.</translation>
    </message>
    <message>
        <source>Bundled fonts: Noto Sans, Noto Sans Arabic and Noto Naskh Arabic, under the SIL Open Font License 1.1 (below).</source>
        <translation>الخطوط المرفقة: Noto Sans وNoto Sans Arabic وNoto Naskh Arabic، بموجب رخصة SIL Open Font License 1.1 (أدناه).</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print badges</source>
        <translation>طباعة البطاقات</translation>
    </message>
    <message>
        <source>The selected person</source>
        <translation>الشخص المحدد</translation>
    </message>
    <message>
        <source>Everyone the list shows ({count})</source>
        <translation>كل من تعرضهم القائمة ({count})</translation>
    </message>
    <message>
        <source>Those shown whose badge is not printed yet ({count})</source>
        <translation>المعروضون الذين لم تُطبع بطاقاتهم بعد ({count})</translation>
    </message>
    <message>
        <source>Which badges?</source>
        <translation>أي البطاقات؟</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Cam&amp;era:</source>
        <translation>الكاميرا:</translation>
    </message>
    <message>
        <source>Turn camera &amp;off</source>
        <translation>إيقاف الكاميرا</translation>
    </message>
    <message>
        <source>Turn camera &amp;on</source>
        <translation>تشغيل الكاميرا</translation>
    </message>
    <message>
        <source>Camera picture, mirrored</source>
        <translation>صورة الكاميرا، معكوسة</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>الكاميرا {number}</translation>
    </message>
    <message>
        <source>No camera found. Scan badges with the handheld scanner or type the code.</source>
        <translation>لم يُعثر على كاميرا. امسح الشارات بالماسح اليدوي أو اكتب الرمز.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <source>Hold the badge&apos;s code up to the camera.</source>
        <translation>ضع رمز الشارة أمام الكاميرا.</translation>
    </message>
    <message>
        <source>The camera was unplugged. The handheld scanner keeps working.</source>
        <translation>فُصلت الكاميرا. يستمر الماسح اليدوي في العمل.</translation>
    </message>
    <message>
        <source>The camera cannot be used: it may be unplugged or in use by another program. The handheld scanner keeps working.</source>
        <translation>لا يمكن استخدام الكاميرا: ربما فُصلت أو يستخدمها برنامج آخر. يستمر الماسح اليدوي في العمل.</translation>
    </message>
    <message>
        <source>The camera sends no picture: another program may be using it.</source>
        <translation>لا ترسل الكاميرا صورة: ربما يستخدمها برنامج آخر.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>منظِّم</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>صحافة</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>طاقم</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Wrote {count} certificate(s) to {path}</source>
        <translation>تمت كتابة {count} شهادة إلى {path}</translation>
    </message>
    <message>
        <source>No certificate for {count} person(s) who attended no session</source>
        <translation>لا شهادة لـ {count} شخصًا لم يحضروا أي جلسة</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>شهادات الحضور</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>لمن:</translation>
    </message>
    <message>
        <source>Everyone who attended</source>
        <translation>كل من حضر</translation>
    </message>
    <message>
        <source>Those the participants list shows ({count})</source>
        <translation>الظاهرون في قائمة المشاركين ({count})</translation>
    </message>
    <message>
        <source>The selected person</source>
        <translation>الشخص المحدَّد</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>التصميم:</translation>
    </message>
    <message>
        <source>One PDF file per person (in a folder named like the file)</source>
        <translation>ملف PDF لكل شخص (في مجلد يحمل اسم الملف)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Who this is about</source>
        <translation>من المعنيّون</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>المراجعة قبل الاستيراد</translation>
    </message>
    <message>
        <source>Nothing has been written yet. This is what the import would do.</source>
        <translation>لم يُحفظ أي شيء بعد. هذا ما سيقوم به الاستيراد.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>&amp;Show who…</source>
        <translation>عرض الأسماء…</translation>
    </message>
    <message>
        <source>New: {added}   Updated: {updated}   Unchanged: {unchanged}   In the event but not in the file (kept): {missing}</source>
        <translation>جديد: {added}   محدَّث: {updated}   دون تغيير: {unchanged}   في الفعالية وليس في الملف (يُحتفظ به): {missing}</translation>
    </message>
    <message>
        <source>{errors} error(s): nothing can be imported until the file or the column choice is corrected.</source>
        <translation>عدد الأخطاء {errors}: لا يمكن استيراد أي شيء حتى يُصحَّح الملف أو اختيار الأعمدة.</translation>
    </message>
    <message>
        <source>No errors. {warnings} warning(s) to read; they do not stop the import.</source>
        <translation>لا توجد أخطاء. عدد التحذيرات {warnings}، يُرجى قراءتها؛ فهي لا تمنع الاستيراد.</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <source>&amp;Session:</source>
        <translation>الجلسة:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>المكتب:</translation>
    </message>
    <message>
        <source>En&amp;try</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>كتم الأصوات</translation>
    </message>
    <message>
        <source>Badge &amp;code:</source>
        <translation>رمز الشارة:</translation>
    </message>
    <message>
        <source>Scan or type a badge code, then Enter</source>
        <translation>امسح رمز الشارة أو اكتبه، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>C&amp;heck in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>&amp;Undo last scan</source>
        <translation>التراجع عن آخر عملية مسح</translation>
    </message>
    <message>
        <source>Annuls the last admitted scan (Ctrl+Z)</source>
        <translation>يُلغي آخر عملية مسح سُمح فيها بالدخول (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Check in &amp;anyway…</source>
        <translation>تسجيل الحضور رغم ذلك…</translation>
    </message>
    <message>
        <source>Admit despite the refusal, with a reason (Ctrl+Shift+O)</source>
        <translation>السماح بالدخول رغم الرفض، مع ذكر السبب (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>آخر عمليات المسح</translation>
    </message>
    <message>
        <source>Print &amp;badge</source>
        <translation>طباعة الشارة</translation>
    </message>
    <message>
        <source>Prints the badge of the person shown (Ctrl+P)</source>
        <translation>يطبع شارة الشخص المعروض (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pre&amp;view badge…</source>
        <translation>معاينة الشارة…</translation>
    </message>
    <message>
        <source>Print on check-in:</source>
        <translation>الطباعة عند تسجيل الحضور:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>once, if not yet printed</source>
        <translation>مرة واحدة إن لم تُطبع بعد</translation>
    </message>
    <message>
        <source>always</source>
        <translation>دائمًا</translation>
    </message>
    <message>
        <source>Badge &amp;layout:</source>
        <translation>تصميم البطاقة:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>جاهز للمسح</translation>
    </message>
    <message>
        <source>Arrival at the venue</source>
        <translation>الوصول إلى مكان الفعالية</translation>
    </message>
    <message>
        <source>Arrived: {arrived} / {registered}</source>
        <translation>الواصلون: {arrived} / {registered}</translation>
    </message>
    <message>
        <source>In the room: {present} · registered: {booked}</source>
        <translation>في القاعة: {present} · المسجَّلون: {booked}</translation>
    </message>
    <message>
        <source>places: {capacity}</source>
        <translation>المقاعد: {capacity}</translation>
    </message>
    <message>
        <source>{verdict} (undone)</source>
        <translation>{verdict} (تم التراجع)</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>لم يُسجَّل</translation>
    </message>
    <message>
        <source>Scan undone</source>
        <translation>تم التراجع عن عملية المسح</translation>
    </message>
    <message>
        <source>Another badge was scanned meanwhile: scan again to override</source>
        <translation>تم مسح شارة أخرى في هذه الأثناء: امسح مجددًا للتجاوز</translation>
    </message>
    <message>
        <source>Check in anyway</source>
        <translation>تسجيل الحضور رغم ذلك</translation>
    </message>
    <message>
        <source>{refusal}. Reason for admitting anyway:</source>
        <translation>{refusal}. سبب السماح بالدخول رغم ذلك:</translation>
    </message>
    <message>
        <source>Badges to the printer: {count}…</source>
        <translation>بطاقات إلى الطابعة: {count}…</translation>
    </message>
    <message>
        <source>Badges printed: {count}</source>
        <translation>بطاقات مطبوعة: {count}</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>What do you want to import?</source>
        <translation>ما الذي تريد استيراده؟</translation>
    </message>
    <message>
        <source>Choose the kind of list and the file (CSV or Excel).</source>
        <translation>اختر نوع القائمة والملف (CSV أو Excel).</translation>
    </message>
    <message>
        <source>&amp;Participant list (registrations)</source>
        <translation>قائمة المشاركين (التسجيلات)</translation>
    </message>
    <message>
        <source>P&amp;rogramme (sessions)</source>
        <translation>البرنامج (الجلسات)</translation>
    </message>
    <message>
        <source>Import the programme first: participant lists name its sessions.</source>
        <translation>استورد البرنامج أولاً: فقوائم المشاركين تذكر جلساته.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Created event file {db} (badge code tag {tag})</source>
        <translation>تم إنشاء ملف الفعالية {db} (معرّف الفعالية في رموز الشارات: {tag})</translation>
    </message>
    <message>
        <source>The demo event is already at {db}</source>
        <translation>الفعالية التجريبية موجودة مسبقاً في {db}</translation>
    </message>
    <message>
        <source>Created the demo event in {db}: {people} participants, {arrived} already arrived</source>
        <translation>تم إنشاء الفعالية التجريبية في {db}: عدد المشاركين {people}، وصل منهم {arrived}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>رمز الشارة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>تسجيل مسبق</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>Earlier: {time} at {desk}</source>
        <translation>سابقاً: {time} عند مكتب {desk}</translation>
    </message>
    <message>
        <source>Admitted by override ({refusal}): {reason}</source>
        <translation>سُمح بالدخول رغم الرفض ({refusal}): {reason}</translation>
    </message>
    <message>
        <source>Scan id: {id}</source>
        <translation>معرّف عملية المسح: {id}</translation>
    </message>
    <message>
        <source>Undone: {count} scan(s) annulled</source>
        <translation>تم التراجع: عدد عمليات المسح الملغاة {count}</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}</source>
        <translation>تمت الكتابة في {path}: عدد الصفوف {rows}</translation>
    </message>
    <message>
        <source>Arrived: {arrived} of {registered} registered</source>
        <translation>وصل {arrived} من المسجَّلين البالغ عددهم {registered}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>المسجَّلون</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>حضروا</translation>
    </message>
    <message>
        <source>event file (default: the last one used)</source>
        <translation>ملف الفعالية (الافتراضي: آخر ملف مستخدَم)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>لغة الرسائل</translation>
    </message>
    <message>
        <source>print results as JSON</source>
        <translation>عرض النتائج بصيغة JSON</translation>
    </message>
    <message>
        <source>not a UUID: {value}</source>
        <translation>ليس معرّف UUID: {value}</translation>
    </message>
    <message>
        <source>a mapping must look like FIELD=COLUMN, not {mapping}</source>
        <translation>يجب أن تكون المطابقة بالشكل FIELD=COLUMN، وليس {mapping}</translation>
    </message>
    <message>
        <source>CSV or XLSX file</source>
        <translation>ملف CSV أو XLSX</translation>
    </message>
    <message>
        <source>check and preview only; write nothing</source>
        <translation>فحص ومعاينة فقط، دون حفظ أي شيء</translation>
    </message>
    <message>
        <source>use COLUMN of the file for FIELD; FIELD= imports nothing into it (repeatable)</source>
        <translation>استخدام العمود COLUMN من الملف للحقل FIELD؛ ‏FIELD= لا يستورد شيئًا إلى هذا الحقل (يمكن تكراره)</translation>
    </message>
    <message>
        <source>do not import COLUMN of the file (repeatable)</source>
        <translation>عدم استيراد العمود COLUMN من الملف (يمكن تكراره)</translation>
    </message>
    <message>
        <source>the sheet of a workbook to read (default: the one with one row per person)</source>
        <translation>ورقة المصنف التي تُقرأ (الافتراضي: الورقة التي فيها سطر لكل شخص)</translation>
    </message>
    <message>
        <source>also name the people of this list who are not in the file</source>
        <translation>اذكر أيضًا أسماء أشخاص هذه القائمة غير الموجودين في الملف</translation>
    </message>
    <message>
        <source>Registration desk for conferences: offline, in German, English and Arabic.</source>
        <translation>مكتب تسجيل للمؤتمرات: يعمل دون إنترنت، بالألمانية والإنجليزية والعربية.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>create a new event file</source>
        <translation>إنشاء ملف فعالية جديد</translation>
    </message>
    <message>
        <source>event name (English)</source>
        <translation>اسم الفعالية (بالإنجليزية)</translation>
    </message>
    <message>
        <source>event name in German</source>
        <translation>اسم الفعالية بالألمانية</translation>
    </message>
    <message>
        <source>event name in Arabic</source>
        <translation>اسم الفعالية بالعربية</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>مكان الفعالية</translation>
    </message>
    <message>
        <source>time zone of the venue, e.g. Asia/Hebron</source>
        <translation>المنطقة الزمنية لمكان الفعالية، مثل Asia/Hebron</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>event tag in badge codes (4 digits; random if not given)</source>
        <translation>معرّف الفعالية في رموز الشارات (4 أرقام؛ عشوائي إن لم يُحدَّد)</translation>
    </message>
    <message>
        <source>import participants or the programme</source>
        <translation>استيراد المشاركين أو البرنامج</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>participant list</source>
        <translation>قائمة المشاركين</translation>
    </message>
    <message>
        <source>programme (sessions)</source>
        <translation>البرنامج (الجلسات)</translation>
    </message>
    <message>
        <source>list participants with their badge codes</source>
        <translation>عرض المشاركين مع رموز شاراتهم</translation>
    </message>
    <message>
        <source>only those who do not want to be photographed</source>
        <translation>فقط من لا يرغبون في التصوير</translation>
    </message>
    <message>
        <source>only those matching TEXT</source>
        <translation>فقط ما يطابق TEXT</translation>
    </message>
    <message>
        <source>list the programme&apos;s sessions</source>
        <translation>عرض جلسات البرنامج</translation>
    </message>
    <message>
        <source>check a badge code in (or out)</source>
        <translation>تسجيل الحضور (أو الخروج) برمز الشارة</translation>
    </message>
    <message>
        <source>badge code as scanned or typed</source>
        <translation>رمز الشارة كما مُسح أو كُتب</translation>
    </message>
    <message>
        <source>session number or title (default: arrival at the venue)</source>
        <translation>رقم الجلسة أو عنوانها (الافتراضي: الوصول إلى مكان الفعالية)</translation>
    </message>
    <message>
        <source>name of this desk</source>
        <translation>اسم هذا المكتب</translation>
    </message>
    <message>
        <source>record leaving instead of entering</source>
        <translation>تسجيل الخروج بدلاً من الدخول</translation>
    </message>
    <message>
        <source>admit despite a refusal, giving the reason</source>
        <translation>السماح بالدخول رغم الرفض، مع ذكر السبب</translation>
    </message>
    <message>
        <source>id of this scan attempt: sending it again records the scan once</source>
        <translation>معرّف محاولة المسح هذه: إرساله مجددًا يسجّل المسح مرة واحدة فقط</translation>
    </message>
    <message>
        <source>undo a scan (it stays in the log, annulled)</source>
        <translation>التراجع عن عملية مسح (تبقى في السجل مُلغاة)</translation>
    </message>
    <message>
        <source>id of the scan, or its first 8 characters</source>
        <translation>معرّف عملية المسح أو أول 8 أحرف منه</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>attendance per session and as a matrix</source>
        <translation>الحضور لكل جلسة وعلى شكل مصفوفة</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>only this session (CSV)</source>
        <translation>هذه الجلسة فقط (CSV)</translation>
    </message>
    <message>
        <source>arrived / registered, and per session</source>
        <translation>الواصلون / المسجَّلون، ولكل جلسة</translation>
    </message>
    <message>
        <source>create a demo event with a programme and about 300 participants</source>
        <translation>إنشاء فعالية تجريبية مع برنامج ونحو 300 مشارك</translation>
    </message>
    <message>
        <source>print badges into a PDF file and record them as printed</source>
        <translation>طباعة الشارات في ملف PDF وتسجيلها كمطبوعة</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <source>badge layout: a name from “checkin layouts” or a .json file (default: a6)</source>
        <translation>تصميم الشارة: اسم من «checkin layouts» أو ملف ‎.json (الافتراضي: a6)</translation>
    </message>
    <message>
        <source>only these people: badge code or the first 8 or more characters of the id</source>
        <translation>هؤلاء الأشخاص فقط: رمز الشارة أو أول 8 أحرف أو أكثر من المعرّف</translation>
    </message>
    <message>
        <source>only people whose current badge was never printed</source>
        <translation>فقط الأشخاص الذين لم تُطبع شارتهم الحالية بعد</translation>
    </message>
    <message>
        <source>only this category (participant, speaker, organiser, press, interpreter, staff)</source>
        <translation>هذه الفئة فقط (participant، speaker، organiser، press، interpreter، staff)</translation>
    </message>
    <message>
        <source>include cancelled registrations (people named with --participant always are)</source>
        <translation>تضمين التسجيلات الملغاة (الأشخاص المذكورون بـ --participant مشمولون دائمًا)</translation>
    </message>
    <message>
        <source>lost badge: give the people named a new code first (the old one is revoked)</source>
        <translation>شارة مفقودة: أعطِ الأشخاص المذكورين رمزًا جديدًا أولًا (يُلغى الرمز القديم)</translation>
    </message>
    <message>
        <source>language on every badge (default: each person&apos;s preferred language, else the language of messages)</source>
        <translation>لغة كل البطاقات (الافتراضي: اللغة المفضلة لكل شخص، وإلا لغة الرسائل)</translation>
    </message>
    <message>
        <source>a proof: do not record the badges as printed</source>
        <translation>نسخة تجريبية: لا تسجّل الشارات كمطبوعة</translation>
    </message>
    <message>
        <source>list the badge layouts (shipped and your own)</source>
        <translation>عرض تصاميم الشارات (المرفقة وتصاميمك الخاصة)</translation>
    </message>
    <message>
        <source>No badges to print: nothing written</source>
        <translation>لا توجد شارات للطباعة: لم يُكتب شيء</translation>
    </message>
    <message>
        <source>Wrote {badges} badge(s) on {pages} page(s) to {path} (layout {layout})</source>
        <translation>كُتبت الشارات: {badges} على صفحات عددها {pages} في {path} (التصميم {layout})</translation>
    </message>
    <message>
        <source>New badge code for {name}: {code} (the old one is revoked)</source>
        <translation>رمز شارة جديد لـ {name}: {code} (أُلغي الرمز القديم)</translation>
    </message>
    <message>
        <source>Not recorded as printed (proof)</source>
        <translation>لم تُسجَّل كمطبوعة (نسخة تجريبية)</translation>
    </message>
    <message>
        <source>Page (mm)</source>
        <translation>الصفحة (مم)</translation>
    </message>
    <message>
        <source>Badge (mm)</source>
        <translation>الشارة (مم)</translation>
    </message>
    <message>
        <source>Per page</source>
        <translation>في الصفحة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>read badge codes from image files, as the camera would</source>
        <translation>قراءة رموز الشارات من ملفات الصور كما تفعل الكاميرا</translation>
    </message>
    <message>
        <source>image file (PNG, JPEG, …)</source>
        <translation>ملف صورة (PNG، JPEG، …)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>not an image file</source>
        <translation>ليس ملف صورة</translation>
    </message>
    <message>
        <source>{file}: no QR code found</source>
        <translation>{file}: لم يُعثر على رمز QR</translation>
    </message>
    <message>
        <source>{file}: {code}</source>
        <translation>{file}: {code}</translation>
    </message>
    <message>
        <source>(not a badge code)</source>
        <translation>(ليس رمز شارة)</translation>
    </message>
    <message>
        <source>signature sheets (PDF) per day, per session, or a grid of a day</source>
        <translation>قوائم التوقيع (PDF) لكل يوم أو لكل جلسة أو كجدول لجلسات اليوم</translation>
    </message>
    <message>
        <source>only this session (number or title)</source>
        <translation>هذه الجلسة فقط (الرقم أو العنوان)</translation>
    </message>
    <message>
        <source>only this day</source>
        <translation>هذا اليوم فقط</translation>
    </message>
    <message>
        <source>one grid per day: people × the day&apos;s sessions</source>
        <translation>جدول واحد لكل يوم: الأشخاص × جلسات اليوم</translation>
    </message>
    <message>
        <source>A4 landscape (the grid always is)</source>
        <translation>A4 بالعرض (الجدول دائمًا بالعرض)</translation>
    </message>
    <message>
        <source>separate lists by country, by category, or none</source>
        <translation>فصل القوائم حسب البلد أو الفئة أو بدون فصل</translation>
    </message>
    <message>
        <source>columns, in order</source>
        <translation>الأعمدة بالترتيب</translation>
    </message>
    <message>
        <source>blank rows at the end for walk-ins</source>
        <translation>أسطر فارغة في النهاية للمسجّلين في الموقع</translation>
    </message>
    <message>
        <source>language of the sheets (default: the language of messages)</source>
        <translation>لغة القوائم (الافتراضي: لغة الرسائل)</translation>
    </message>
    <message>
        <source>certificates of attendance (PDF), recorded in the register</source>
        <translation>شهادات الحضور (PDF)، مسجّلة في السجل</translation>
    </message>
    <message>
        <source>PDF file to write (a folder with --each)</source>
        <translation>ملف PDF المراد كتابته (مجلد مع ‎--each‎)</translation>
    </message>
    <message>
        <source>certificate layout: de-en, de-ar, or a .json file</source>
        <translation>تصميم الشهادة: de-en أو de-ar أو ملف ‎.json‎</translation>
    </message>
    <message>
        <source>one PDF file per person in the folder --out</source>
        <translation>ملف PDF لكل شخص في المجلد ‎--out‎</translation>
    </message>
    <message>
        <source>statistics report (PDF) with charts</source>
        <translation>تقرير إحصائي (PDF) مع رسوم بيانية</translation>
    </message>
    <message>
        <source>language of the report (default: the language of messages)</source>
        <translation>لغة التقرير (الافتراضي: لغة الرسائل)</translation>
    </message>
    <message>
        <source>whose certificate a verification code belongs to, and what it states</source>
        <translation>لمن تعود الشهادة صاحبة رمز التحقق وماذا تثبت</translation>
    </message>
    <message>
        <source>verification code printed on the certificate</source>
        <translation>رمز التحقق المطبوع على الشهادة</translation>
    </message>
    <message>
        <source>after the event: remove personal data from the event file</source>
        <translation>بعد المؤتمر: حذف البيانات الشخصية من ملف المؤتمر</translation>
    </message>
    <message>
        <source>keep-evidence: export sheets, register and anonymised log first; everything: keep only counts</source>
        <translation>keep-evidence: تصدير القوائم والسجل وسجل المسح المجهّل أولًا؛ everything: الاحتفاظ بالأعداد فقط</translation>
    </message>
    <message>
        <source>list what would be removed; change nothing</source>
        <translation>عرض ما سيُحذف دون تغيير أي شيء</translation>
    </message>
    <message>
        <source>folder for what is kept (default: beside the event file)</source>
        <translation>مجلد لما يُحتفظ به (الافتراضي: بجانب ملف المؤتمر)</translation>
    </message>
    <message>
        <source>Wrote {sheets} signature sheet(s) on {pages} page(s) to {path}</source>
        <translation>تمت كتابة {sheets} قائمة توقيع في {pages} صفحة إلى {path}</translation>
    </message>
    <message>
        <source>Wrote {count} certificate(s) to {path}</source>
        <translation>تمت كتابة {count} شهادة إلى {path}</translation>
    </message>
    <message>
        <source>No certificate for {count} person(s) who attended no session</source>
        <translation>لا شهادة لـ {count} شخص لم يحضروا أي جلسة</translation>
    </message>
    <message>
        <source>Wrote the statistics report to {path}</source>
        <translation>تمت كتابة التقرير الإحصائي إلى {path}</translation>
    </message>
    <message>
        <source>(name removed when the event file was purged)</source>
        <translation>(حُذف الاسم عند تنظيف ملف المؤتمر)</translation>
    </message>
    <message>
        <source>Certificate no. {serial} ({code}), issued {date}, for {name}</source>
        <translation>الشهادة رقم {serial} ({code})، صادرة بتاريخ {date}، باسم {name}</translation>
    </message>
    <message>
        <source>Attended {sessions} session(s), {hours} of {expected} hours ({percent} %)</source>
        <translation>حضر {sessions} جلسة، {hours} من {expected} ساعة ({percent}٪)</translation>
    </message>
    <message>
        <source>States partial attendance</source>
        <translation>تثبت حضورًا جزئيًا</translation>
    </message>
    <message>
        <source>A newer certificate was issued to the same person since</source>
        <translation>صدرت منذ ذلك الحين شهادة أحدث للشخص نفسه</translation>
    </message>
    <message>
        <source>people&apos;s personal data</source>
        <translation>البيانات الشخصية للأشخاص</translation>
    </message>
    <message>
        <source>registrations for sessions</source>
        <translation>التسجيلات في الجلسات</translation>
    </message>
    <message>
        <source>badge print log entries</source>
        <translation>إدخالات سجل طباعة البطاقات</translation>
    </message>
    <message>
        <source>replaced badge codes</source>
        <translation>رموز البطاقات المستبدلة</translation>
    </message>
    <message>
        <source>certificates in the register</source>
        <translation>الشهادات في السجل</translation>
    </message>
    <message>
        <source>names in the certificates&apos; register</source>
        <translation>الأسماء في سجل الشهادات</translation>
    </message>
    <message>
        <source>badge codes in the scan log</source>
        <translation>رموز البطاقات في سجل المسح</translation>
    </message>
    <message>
        <source>override reasons in the scan log</source>
        <translation>أسباب الاستثناءات في سجل المسح</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. A purge ({profile}) would remove:</source>
        <translation>تشغيل تجريبي: لم يتغير شيء. التنظيف ({profile}) سيحذف:</translation>
    </message>
    <message>
        <source>Purged ({profile}). Removed:</source>
        <translation>تم التنظيف ({profile}). حُذف:</translation>
    </message>
    <message>
        <source>Kept (written first):</source>
        <translation>ما يُحتفظ به (كُتب أولًا):</translation>
    </message>
    <message>
        <source>Would write first:</source>
        <translation>سيُكتب أولًا:</translation>
    </message>
    <message>
        <source>Backup copies holding personal data, deleted too:</source>
        <translation>نسخ احتياطية تحتوي على بيانات شخصية، حُذفت أيضًا:</translation>
    </message>
    <message>
        <source>run the hub other desks sync with, on this laptop</source>
        <translation>تشغيل المحور الذي تتزامن معه المكاتب الأخرى على هذا الحاسوب</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>start the hub (it keeps running until hub stop) and print the join code</source>
        <translation>تشغيل المحور (يبقى يعمل حتى hub stop) وطباعة رمز الانضمام</translation>
    </message>
    <message>
        <source>address to listen on (default: every local network)</source>
        <translation>العنوان الذي يُستمع عليه (الافتراضي: كل شبكة محلية)</translation>
    </message>
    <message>
        <source>port (default: a free one)</source>
        <translation>المنفذ (الافتراضي: منفذ متاح)</translation>
    </message>
    <message>
        <source>stop the hub</source>
        <translation>إيقاف المحور</translation>
    </message>
    <message>
        <source>is the hub running (server and TLS front), and its join code</source>
        <translation>هل يعمل المحور (الخادم وواجهة TLS)، ورمز الانضمام إليه</translation>
    </message>
    <message>
        <source>use an existing PostgreSQL server as this event&apos;s hub and print the join code</source>
        <translation>استخدام خادم PostgreSQL قائم محورًا لهذه الفعالية وطباعة رمز الانضمام</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DATABASE?sslmode=verify-full (the password is asked for if needed)</source>
        <translation>postgresql://USER@HOST/DATABASE?sslmode=verify-full (تُطلب كلمة المرور عند الحاجة)</translation>
    </message>
    <message>
        <source>the hub is an existing server at this postgresql:// URL (not the join code&apos;s address)</source>
        <translation>المحور خادم قائم على عنوان postgresql:// هذا (لا على العنوان الوارد في رمز الانضمام)</translation>
    </message>
    <message>
        <source>make a new event file for this desk from a hub&apos;s join code</source>
        <translation>إنشاء ملف فعالية جديد لهذا المكتب من رمز انضمام المحور</translation>
    </message>
    <message>
        <source>join code as scanned or typed</source>
        <translation>رمز الانضمام كما مُسح أو كُتب</translation>
    </message>
    <message>
        <source>one sync round with the hub: push, then pull</source>
        <translation>جولة مزامنة واحدة مع المحور: إرسال ثم استلام</translation>
    </message>
    <message>
        <source>sync with this hub from now on (e.g. a new hub after the first was lost)</source>
        <translation>المزامنة مع هذا المحور من الآن فصاعداً (مثلاً محور جديد بعد فقدان الأول)</translation>
    </message>
    <message>
        <source>edits made at two desks at once, and people admitted twice</source>
        <translation>تعديلات أُجريت في مكتبين في آن واحد، وأشخاص أُدخلوا مرتين</translation>
    </message>
    <message>
        <source>desk data by USB stick</source>
        <translation>بيانات المكتب عبر ذاكرة USB</translation>
    </message>
    <message>
        <source>write everything this desk holds into a file</source>
        <translation>كتابة كل ما لدى هذا المكتب في ملف</translation>
    </message>
    <message>
        <source>merge a desk data file into this event</source>
        <translation>دمج ملف بيانات مكتب في هذه الفعالية</translation>
    </message>
    <message>
        <source>desk data file</source>
        <translation>ملف بيانات المكتب</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}; {waiting} waiting to go up; {desks} desks seen</source>
        <translation>أُرسل {pushed}، واستُلم {pulled}؛ {waiting} بانتظار الإرسال؛ {desks} مكاتب ظاهرة</translation>
    </message>
    <message>
        <source>Password for the hub server: </source>
        <translation>كلمة مرور خادم المحور: </translation>
    </message>
    <message>
        <source>Hub running on port {port}. Join code for the other desks:
{code}</source>
        <translation>المحور يعمل على المنفذ {port}. رمز الانضمام للمكاتب الأخرى:
{code}</translation>
    </message>
    <message>
        <source>The server is this event&apos;s hub. Other desks join with its URL and this code:
{code}</source>
        <translation>الخادم هو محور هذه الفعالية. تنضم المكاتب الأخرى بعنوانه وبهذا الرمز:
{code}</translation>
    </message>
    <message>
        <source>Hub stopped</source>
        <translation>أُوقف المحور</translation>
    </message>
    <message>
        <source>The hub was not running</source>
        <translation>المحور لم يكن يعمل</translation>
    </message>
    <message>
        <source>Hub on this laptop: running</source>
        <translation>المحور على هذا الحاسوب: يعمل</translation>
    </message>
    <message>
        <source>Hub on this laptop: not running</source>
        <translation>المحور على هذا الحاسوب: لا يعمل</translation>
    </message>
    <message>
        <source>Server: {server} · TLS front on port {port}: {front}</source>
        <translation>الخادم: {server} · واجهة TLS على المنفذ {port}: {front}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>رمز الانضمام: {code}</translation>
    </message>
    <message>
        <source>Hub server: {url}</source>
        <translation>خادم المحور: {url}</translation>
    </message>
    <message>
        <source>Joined: {db}</source>
        <translation>تم الانضمام: {db}</translation>
    </message>
    <message>
        <source>{edits} conflicting edits, {twice} people admitted twice</source>
        <translation>{edits} تعديلات متعارضة، {twice} أشخاص أُدخلوا مرتين</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>المُبقى</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>المُهمل</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>First desk</source>
        <translation>المكتب الأول</translation>
    </message>
    <message>
        <source>Second desk</source>
        <translation>المكتب الثاني</translation>
    </message>
    <message>
        <source>Wrote {n} entries to {path}</source>
        <translation>كُتب {n} إدخالاً في {path}</translation>
    </message>
    <message>
        <source>Merged {n} new entries</source>
        <translation>دُمج {n} إدخالاً جديداً</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Checked in at {time} at {desk}</source>
        <translation>سُجِّل الحضور في {time} عند مكتب {desk}</translation>
    </message>
    <message>
        <source>Override ({refusal}): {reason}</source>
        <translation>دخول رغم الرفض ({refusal}): {reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
</context>
<context>
    <name>DeskData</name>
    <message>
        <source>Desk data (*{suffix})</source>
        <translation>بيانات المكتب (*{suffix})</translation>
    </message>
    <message>
        <source>Export desk data</source>
        <translation>تصدير بيانات المكتب</translation>
    </message>
    <message>
        <source>Desk data not exported</source>
        <translation>لم تُصدَّر بيانات المكتب</translation>
    </message>
    <message>
        <source>{n} entries of desk data written to {path}</source>
        <translation>كُتب {n} إدخالًا من بيانات المكتب في {path}</translation>
    </message>
    <message>
        <source>Merge desk data</source>
        <translation>دمج بيانات مكتب</translation>
    </message>
    <message>
        <source>Desk data not merged</source>
        <translation>لم تُدمج بيانات المكتب</translation>
    </message>
    <message>
        <source>Merged: {n} new entries from {path}</source>
        <translation>تم الدمج: {n} إدخالًا جديدًا من {path}</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <source>Desk 1</source>
        <translation>المكتب 1</translation>
    </message>
</context>
<context>
    <name>DesksDialog</name>
    <message>
        <source>venue</source>
        <translation>مكان المؤتمر</translation>
    </message>
    <message>
        <source>(this desk)</source>
        <translation>(هذا المكتب)</translation>
    </message>
    <message>
        <source>Desks and conflicts</source>
        <translation>المكاتب والتعارضات</translation>
    </message>
    <message>
        <source>Desks seen</source>
        <translation>المكاتب التي شوهدت</translation>
    </message>
    <message>
        <source>Edit conflicts</source>
        <translation>تعارضات التعديل</translation>
    </message>
    <message>
        <source>Seen twice</source>
        <translation>دخل مرتين</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Last contact with the hub</source>
        <translation>آخر اتصال بالمحور</translation>
    </message>
    <message>
        <source>Newest entry from it</source>
        <translation>أحدث إدخال منه</translation>
    </message>
    <message>
        <source>Scans today</source>
        <translation>المسح اليوم</translation>
    </message>
    <message>
        <source>Person or session</source>
        <translation>الشخص أو الجلسة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>القيمة المعتمدة</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>أُدخلت في</translation>
    </message>
    <message>
        <source>Value not kept</source>
        <translation>القيمة غير المعتمدة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>First admitted at</source>
        <translation>أول دخول عند</translation>
    </message>
    <message>
        <source>Admitted again at</source>
        <translation>دخول ثانٍ عند</translation>
    </message>
    <message>
        <source>Every desk whose data this desk holds, by the hub or a USB stick.</source>
        <translation>كل المكاتب التي يحمل هذا المكتب بياناتها، عبر المحور أو عبر ذاكرة USB.</translation>
    </message>
    <message>
        <source>Two desks changed the same field without seeing each other&apos;s change. Every desk keeps the newer value; both are kept in the change log. Check the value and correct it if needed.</source>
        <translation>غيّر مكتبان الحقل نفسه دون أن يرى أحدهما تعديل الآخر. يحتفظ كل مكتب بالقيمة الأحدث، وتبقى القيمتان في سجل التغييرات. تحقّق من القيمة وصحّحها عند الحاجة.</translation>
    </message>
    <message>
        <source>Admitted at two desks that could not see each other. Both scans are kept and marked in the exports (column “Seen twice”).</source>
        <translation>دخل عند مكتبين لم يكن أحدهما يرى الآخر. يُحتفظ بعمليتي المسح كلتيهما وتُعلَّمان في ملفات التصدير (عمود «دخل مرتين»).</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إنشاء</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>تعديل بيانات المشارك</translation>
    </message>
    <message>
        <source>The desk note is shown whenever this badge is scanned.</source>
        <translation>تظهر ملاحظة المكتب كلما مُسحت هذه الشارة.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>{path} is not an event file</source>
        <translation>{path} ليس ملف فعالية</translation>
    </message>
    <message>
        <source>There is no event file at {path}</source>
        <translation>لا يوجد ملف فعالية في {path}</translation>
    </message>
    <message>
        <source>An event file already exists at {path}</source>
        <translation>يوجد ملف فعالية في {path} مسبقاً</translation>
    </message>
    <message>
        <source>The event file holds no event</source>
        <translation>ملف الفعالية لا يحتوي على أي فعالية</translation>
    </message>
    <message>
        <source>The hub cannot be reached ({reason}); this desk goes on scanning and syncs later</source>
        <translation>تعذّر الوصول إلى المحور ({reason})؛ يواصل هذا المكتب المسح ويتزامن لاحقاً</translation>
    </message>
    <message>
        <source>The hub could not be started: {reason}</source>
        <translation>تعذّر تشغيل المحور: {reason}</translation>
    </message>
    <message>
        <source>The hub does not accept this join code (wrong secret)</source>
        <translation>المحور لا يقبل رمز الانضمام هذا (سرّ خاطئ)</translation>
    </message>
    <message>
        <source>The hub belongs to another event</source>
        <translation>المحور تابع لفعالية أخرى</translation>
    </message>
    <message>
        <source>The server is not a checkin hub yet</source>
        <translation>الخادم ليس محور checkin بعد</translation>
    </message>
    <message>
        <source>This desk has no hub: start one (hub start) or join one (join)</source>
        <translation>لا محور لهذا المكتب: شغّل محوراً (hub start) أو انضم إلى محور (join)</translation>
    </message>
    <message>
        <source>Not a valid join code (misread or mistyped)</source>
        <translation>ليس رمز انضمام صالحاً (قُرئ أو كُتب خطأً)</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match the join code: another machine may be posing as the hub. Nothing was sent or changed</source>
        <translation>شهادة المحور لا تطابق رمز الانضمام: ربما ينتحل جهاز آخر صفة المحور. لم يُرسَل شيء ولم يتغير شيء</translation>
    </message>
    <message>
        <source>The hub does not offer an encrypted connection: not connected</source>
        <translation>لا يتيح المحور اتصالًا مشفرًا: لم يتم الاتصال</translation>
    </message>
    <message>
        <source>This event&apos;s hub is an existing server: give its postgresql:// address</source>
        <translation>محور هذه الفعالية خادم قائم: أدخل عنوانه postgresql://</translation>
    </message>
    <message>
        <source>Not a server address: expected postgresql://USER@HOST/DATABASE</source>
        <translation>ليس عنوان خادم: المتوقع postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>The hub server refused the login: password missing or wrong</source>
        <translation>رفض خادم المحور تسجيل الدخول: كلمة المرور مفقودة أو خاطئة</translation>
    </message>
    <message>
        <source>{path} is not a desk data file</source>
        <translation>{path} ليس ملف بيانات مكتب</translation>
    </message>
    <message>
        <source>{path} holds desk data of another event</source>
        <translation>{path} يحوي بيانات مكتب لفعالية أخرى</translation>
    </message>
    <message>
        <source>There is no file at {path}</source>
        <translation>لا يوجد ملف في {path}</translation>
    </message>
    <message>
        <source>Unknown time zone: {timezone}</source>
        <translation>منطقة زمنية غير معروفة: {timezone}</translation>
    </message>
    <message>
        <source>The event tag must be {length} digits, not {tag}</source>
        <translation>يجب أن يتكون معرّف الفعالية من {length} أرقام، وليس {tag}</translation>
    </message>
    <message>
        <source>The event ends before it starts</source>
        <translation>تنتهي الفعالية قبل أن تبدأ</translation>
    </message>
    <message>
        <source>Unknown field: {field}</source>
        <translation>حقل غير معروف: {field}</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>الاسم مطلوب</translation>
    </message>
    <message>
        <source>Unknown language: {language}</source>
        <translation>لغة غير معروفة: {language}</translation>
    </message>
    <message>
        <source>Unknown category: {category}</source>
        <translation>فئة غير معروفة: {category}</translation>
    </message>
    <message>
        <source>No participant found for {ref}</source>
        <translation>لا يوجد مشارك يطابق {ref}</translation>
    </message>
    <message>
        <source>{ref} matches more than one participant: give more digits</source>
        <translation>{ref} يطابق أكثر من مشارك: أدخل أرقاماً أكثر</translation>
    </message>
    <message>
        <source>No session found for {session}</source>
        <translation>لا توجد جلسة تطابق {session}</translation>
    </message>
    <message>
        <source>{session} matches more than one session: use its number</source>
        <translation>{session} يطابق أكثر من جلسة: استخدم رقم الجلسة</translation>
    </message>
    <message>
        <source>No scan found for {scan}</source>
        <translation>لا توجد عملية مسح تطابق {scan}</translation>
    </message>
    <message>
        <source>{scan} matches more than one scan: give more characters</source>
        <translation>{scan} يطابق أكثر من عملية مسح: أدخل أحرفاً أكثر</translation>
    </message>
    <message>
        <source>That scan was refused, so there is nothing to undo</source>
        <translation>رُفضت عملية المسح هذه، فلا يوجد ما يمكن التراجع عنه</translation>
    </message>
    <message>
        <source>That scan was already undone</source>
        <translation>تم التراجع عن عملية المسح هذه مسبقاً</translation>
    </message>
    <message>
        <source>The translation compiler (lrelease) is missing</source>
        <translation>أداة تجميع الترجمات (lrelease) غير موجودة</translation>
    </message>
    <message>
        <source>Enter a title in at least one language.</source>
        <translation>أدخل عنواناً بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Number {number} is already used by another session.</source>
        <translation>الرقم {number} مستخدم مسبقاً لجلسة أخرى.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid session number.</source>
        <translation>«{value}» ليس رقم جلسة صالحاً.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number above zero, or empty for no limit (not “{value}”).</source>
        <translation>يجب أن يكون عدد المقاعد عدداً صحيحاً أكبر من صفر، أو فارغاً لعدم تحديده (وليس «{value}»).</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>تنتهي الجلسة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>The admission window closes before it opens.</source>
        <translation>تنتهي فترة الدخول قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Unknown kind of session: {value}</source>
        <translation>نوع جلسة غير معروف: {value}</translation>
    </message>
    <message>
        <source>The event file {path} cannot be written now (in use or not writable): nothing was recorded, try again</source>
        <translation>لا يمكن الكتابة في ملف الفعالية {path} الآن (قيد الاستخدام أو غير قابل للكتابة): لم يُسجَّل شيء، حاول مجددًا</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of checkin: update this laptop first</source>
        <translation>كُتب {path} بإصدار أحدث من checkin: حدّث هذا الحاسوب أولًا</translation>
    </message>
    <message>
        <source>The badge layout {file} cannot be used: {reason}</source>
        <translation>لا يمكن استخدام تصميم الشارة {file}: {reason}</translation>
    </message>
    <message>
        <source>There is no badge layout called {name} (there are: {available})</source>
        <translation>لا يوجد تصميم شارة باسم {name} (المتاح: {available})</translation>
    </message>
    <message>
        <source>No badges to print</source>
        <translation>لا توجد شارات للطباعة</translation>
    </message>
    <message>
        <source>Name the people whose badges to replace with --participant</source>
        <translation>حدّد بـ --participant الأشخاص الذين ستُستبدل شاراتهم</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the badges: nothing was recorded as printed</source>
        <translation>لم تقبل الطابعة {printer} الشارات: لم يُسجَّل شيء كمطبوع</translation>
    </message>
    <message>
        <source>Name the new event file with --db PATH</source>
        <translation>حدِّد ملف الفعالية الجديد باستخدام --db PATH</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD): {value}</source>
        <translation>ليس تاريخاً (YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>تعذّرت الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <source>Not written: {path} is an event file (or belongs to one); choose another file name</source>
        <translation>لم تتم الكتابة: {path} ملف فعالية (أو تابع لملف فعالية)؛ اختر اسم ملف آخر</translation>
    </message>
    <message>
        <source>The new badge codes are recorded (the old ones are revoked), but the badges were not written: {reason}. Print them again without --replace</source>
        <translation>رموز الشارات الجديدة مسجّلة (والقديمة ملغاة)، لكن الشارات لم تُكتب: {reason}. اطبعها مرة أخرى بدون --replace</translation>
    </message>
    <message>
        <source>The event file {path} is damaged: nothing can be recorded in it. Open the latest backup copy (File › Open) or a copy from another desk</source>
        <translation>ملف الفعالية {path} تالف: لا يمكن تسجيل أي شيء فيه. افتح أحدث نسخة احتياطية (ملف › فتح) أو نسخة من مكتب آخر</translation>
    </message>
    <message>
        <source>The event file {path} is read-only: nothing can be recorded. Copy it to a writable folder on this laptop and open the copy</source>
        <translation>ملف الفعالية {path} للقراءة فقط: لا يمكن تسجيل أي شيء. انسخه إلى مجلد قابل للكتابة على هذا الحاسوب وافتح النسخة</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only (e.g. a write-protected USB stick), so {path} cannot be opened for recording. Copy the event file to this laptop and open the copy</source>
        <translation>المجلد {folder} للقراءة فقط (مثل ذاكرة USB محمية من الكتابة)، لذا لا يمكن فتح {path} للتسجيل. انسخ ملف الفعالية إلى هذا الحاسوب وافتح النسخة</translation>
    </message>
    <message>
        <source>The event file {path} cannot be opened: {reason}</source>
        <translation>تعذّر فتح ملف الفعالية {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not an event file: give a file name such as {path}/event.checkin</source>
        <translation>{path} مجلد وليس ملف فعالية: أعطِ اسم ملف مثل {path}/event.checkin</translation>
    </message>
    <message>
        <source>The disk is full ({path}): nothing was written. Free some space or use another drive</source>
        <translation>القرص ممتلئ ({path}): لم يُكتب شيء. أفرغ بعض المساحة أو استخدم محرك أقراص آخر</translation>
    </message>
    <message>
        <source>{path} is on a read-only drive: nothing was written</source>
        <translation>{path} على محرك أقراص للقراءة فقط: لم يُكتب شيء</translation>
    </message>
    <message>
        <source>Too long: {field} may have at most {limit} characters</source>
        <translation>طويل جدًا: يجب ألا يتجاوز {field} عدد {limit} حرفًا</translation>
    </message>
    <message>
        <source>Not written: {path} is a link; choose a plain file name</source>
        <translation>لم تتم الكتابة: {path} رابط؛ اختر اسم ملف عادي</translation>
    </message>
    <message>
        <source>Not written: {path} is not a plain file (a folder or a device); choose a file name</source>
        <translation>لم تتم الكتابة: {path} ليس ملفًا عاديًا (مجلد أو جهاز)؛ اختر اسم ملف</translation>
    </message>
    <message>
        <source>{path} is the open event file, not a list to import</source>
        <translation>{path} هو ملف الفعالية المفتوح، وليس قائمة للاستيراد</translation>
    </message>
    <message>
        <source>Not recorded: the event file {path} was changed by another program; it has been reopened, scan again</source>
        <translation>لم يُسجَّل: غيّر برنامج آخر ملف الفعالية {path}؛ أُعيد فتحه، امسح الرمز مرة أخرى</translation>
    </message>
    <message>
        <source>Not recorded: the scan id {nonce} was already used for a different scan</source>
        <translation>لم يُسجَّل: معرّف المسح {nonce} استُخدم من قبل لمسح آخر</translation>
    </message>
    <message>
        <source>The reason for admitting anyway must have visible characters</source>
        <translation>يجب أن يحتوي سبب السماح بالدخول رغم الرفض على أحرف ظاهرة</translation>
    </message>
    <message>
        <source>{detail} (see --help)</source>
        <translation>{detail} (انظر --help)</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has {errors} error(s)</source>
        <translation>لم يُستورد أي شيء: عدد الأخطاء في الملف {errors}</translation>
    </message>
    <message>
        <source>Unknown export format: {format}</source>
        <translation>صيغة تصدير غير معروفة: {format}</translation>
    </message>
    <message>
        <source>No session of the programme is on {day}</source>
        <translation>لا توجد جلسة في البرنامج يوم {day}</translation>
    </message>
    <message>
        <source>The column {column} may not be on a signature sheet (it goes round the room)</source>
        <translation>لا يجوز أن يظهر العمود {column} في قائمة التوقيع (فهي تمر على الحاضرين)</translation>
    </message>
    <message>
        <source>Unknown column {column} (there are: {available})</source>
        <translation>عمود غير معروف {column} (المتاح: {available})</translation>
    </message>
    <message>
        <source>{value} is not a verification code (8 letters and digits, e.g. 7K3M-Q9TX)</source>
        <translation>{value} ليس رمز تحقق (8 أحرف وأرقام، مثل 7K3M-Q9TX)</translation>
    </message>
    <message>
        <source>No certificate with the code {value} was issued from this event file</source>
        <translation>لم تصدر من ملف المؤتمر هذا أي شهادة بالرمز {value}</translation>
    </message>
    <message>
        <source>Photo consent must be yes, no or empty, not “{value}”</source>
        <translation>يجب أن تكون الموافقة على التصوير نعم أو لا أو فارغة، وليس «{value}»</translation>
    </message>
    <message>
        <source>Nobody of those asked for attended a session: no certificate written</source>
        <translation>لم يحضر أي من المطلوبين أي جلسة: لم تُكتب أي شهادة</translation>
    </message>
    <message>
        <source>Unknown retention profile {profile} (there are: {available})</source>
        <translation>ملف احتفاظ غير معروف {profile} (المتاح: {available})</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); details were written to {log}</source>
        <translation>خطأ غير متوقع ({kind})؛ كُتبت التفاصيل في {log}</translation>
    </message>
    <message>
        <source>Error: {code}</source>
        <translation>خطأ: {code}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Arrival at the venue</source>
        <translation>الوصول إلى مكان الفعالية</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>أول دخول</translation>
    </message>
    <message>
        <source>Last exit</source>
        <translation>آخر خروج</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>المصفوفة</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Scan log</source>
        <translation>سجل المسح</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Session (empty: venue)</source>
        <translation>الجلسة (فارغ: مكان المؤتمر)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Desk of arrival</source>
        <translation>مكتب الوصول</translation>
    </message>
    <message>
        <source>Desk of first entry</source>
        <translation>مكتب الدخول الأول</translation>
    </message>
    <message>
        <source>Seen twice</source>
        <translation>دخل مرتين</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>مكان المؤتمر</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>استثناء</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>مجموع الساعات</translation>
    </message>
    <message>
        <source>Hours expected</source>
        <translation>الساعات المتوقعة</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>منظِّم</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>صحافة</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>طاقم</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export attendance to</source>
        <translation>تصدير الحضور إلى</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV لبرنامج Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنّف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {rows} rows to {path}</source>
        <translation>تم التصدير إلى {path}: عدد الصفوف {rows}</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>تصدير الحضور</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>&amp;CSV (for Excel)</source>
        <translation>CSV (لبرنامج Excel)</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (every list on its own sheet)</source>
        <translation>مصنّف Excel (كل قائمة في ورقة مستقلة)</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>المحتوى:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>All sessions (attendance matrix)</source>
        <translation>كل الجلسات (مصفوفة الحضور)</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>الجلسة {number}: {title}</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>checkin: desk guide</source>
        <translation>checkin: دليل مكتب التسجيل</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Nothing was imported: {errors} error(s), {warnings} warning(s)</source>
        <translation>لم يُستورد أي شيء: الأخطاء {errors}، التحذيرات {warnings}</translation>
    </message>
    <message>
        <source>Dry run, nothing written: would add {added}, update {updated}, leave {unchanged} unchanged; {missing} not in the file</source>
        <translation>تشغيل تجريبي، لم يُحفظ شيء: ستتم إضافة {added}، وتحديث {updated}، وإبقاء {unchanged} دون تغيير؛ غير موجود في الملف: {missing}</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged; {missing} not in the file</source>
        <translation>تم الاستيراد: إضافة {added}، تحديث {updated}، دون تغيير {unchanged}؛ غير موجود في الملف: {missing}</translation>
    </message>
    <message>
        <source>Files of type “{extension}” cannot be imported: use CSV or XLSX</source>
        <translation>لا يمكن استيراد ملفات من نوع «{extension}»: استخدم CSV أو XLSX</translation>
    </message>
    <message>
        <source>The file {file} does not exist</source>
        <translation>الملف {file} غير موجود</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>{path} is the open event file, not a list to import</source>
        <translation>{path} هو ملف الفعالية المفتوح، وليس قائمة للاستيراد</translation>
    </message>
    <message>
        <source>The file cannot be read: it is not a valid CSV or Excel file</source>
        <translation>تعذّرت قراءة الملف: ليس ملف CSV أو Excel صالحاً</translation>
    </message>
    <message>
        <source>{file} is not a regular file (but a folder, device or pipe): choose a CSV or Excel file</source>
        <translation>{file} ليس ملفًا عاديًا (بل مجلد أو جهاز أو أنبوب): اختر ملف CSV أو Excel</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: permission denied (copy it into your own folder, or ask for read access)</source>
        <translation>لا يمكن قراءة الملف {file}: لا توجد صلاحية للقراءة (انسخه إلى مجلدك الخاص، أو اطلب صلاحية القراءة)</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>لا يمكن قراءة الملف {file}: {reason}</translation>
    </message>
    <message>
        <source>The file is {size_mb} MB; at most {limit} MB can be imported</source>
        <translation>حجم الملف {size_mb} ميغابايت؛ ويمكن استيراد {limit} ميغابايت على الأكثر</translation>
    </message>
    <message>
        <source>Row {row} has data, but at most {limit} rows can be imported: split the list</source>
        <translation>الصف {row} يحتوي على بيانات، لكن يمكن استيراد {limit} صف على الأكثر: قسّم القائمة</translation>
    </message>
    <message>
        <source>Row {row} has data beyond column {limit}: at most {limit} columns can be imported</source>
        <translation>الصف {row} يحتوي على بيانات بعد العمود {limit}: يمكن استيراد {limit} عمود على الأكثر</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {limit} characters (in a CSV file perhaps a quotation mark that is never closed)</source>
        <translation>في الصف {row} خلية أطول من {limit} حرفًا (في ملف CSV ربما علامة اقتباس لم تُغلق)</translation>
    </message>
    <message>
        <source>The workbook holds a text longer than {limit} characters, more than a cell can hold</source>
        <translation>يحتوي المصنف على نص أطول من {limit} حرفًا، وهذا أكثر مما تتسع له خلية</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than {limit} MB: at most {limit} MB can be imported</source>
        <translation>حجم المصنف بعد فك ضغطه أكبر من {limit} ميغابايت: يمكن استيراد {limit} ميغابايت على الأكثر</translation>
    </message>
    <message>
        <source>The workbook consists of more than {limit} parts: it cannot be imported</source>
        <translation>يتكون المصنف من أكثر من {limit} جزء: لا يمكن استيراده</translation>
    </message>
    <message>
        <source>The workbook holds more than {limit} different texts: at most {limit} can be imported</source>
        <translation>يحتوي المصنف على أكثر من {limit} نص مختلف: يمكن استيراد {limit} على الأكثر</translation>
    </message>
    <message>
        <source>The part {part} of the workbook has more than {limit} elements: it cannot be imported</source>
        <translation>الجزء {part} من المصنف يحتوي على أكثر من {limit} عنصر: لا يمكن استيراده</translation>
    </message>
    <message>
        <source>A quotation mark (&quot;) opened in row {row} is never closed: the rest of the file would become one cell</source>
        <translation>علامة الاقتباس (&quot;) التي تُفتح في الصف {row} لا تُغلق أبدًا: سيصبح باقي الملف كله خلية واحدة</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header only {columns}: the columns have shifted (a value containing “{delimiter}” must be put in quotation marks)</source>
        <translation>في الصف {row} ‏{cells} خلايا، بينما في صف العناوين {columns} فقط: لقد انزاحت الأعمدة (القيمة التي تحتوي على «{delimiter}» يجب وضعها بين علامتي اقتباس)</translation>
    </message>
    <message>
        <source>This row is not valid UTF-8 and was read as Windows-1252: check the spelling of its names</source>
        <translation>هذا الصف ليس بترميز UTF-8 صالح وقد قُرئ بترميز Windows-1252: تحقق من تهجئة الأسماء فيه</translation>
    </message>
    <message>
        <source>No header row found: the first rows must name the columns</source>
        <translation>لم يُعثر على صف العناوين: يجب أن تحمل الصفوف الأولى أسماء الأعمدة</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows</source>
        <translation>يحتوي الملف على صف العناوين ولكن لا يحتوي على صفوف بيانات</translation>
    </message>
    <message>
        <source>Unknown field “{field}” in the column mapping</source>
        <translation>حقل غير معروف «{field}» في مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>The mapping names this column for “{field}”, but the file has no such column</source>
        <translation>تحدد المطابقة هذا العمود للحقل «{field}»، لكن الملف لا يحتوي على هذا العمود</translation>
    </message>
    <message>
        <source>Column not recognised; it is ignored</source>
        <translation>لم يُتعرَّف على العمود؛ سيتم تجاهله</translation>
    </message>
    <message>
        <source>Also looks like “{field}”, but column “{used}” fits better and is used</source>
        <translation>يبدو أيضًا كأنه «{field}»، لكن العمود «{used}» أنسب وهو المستخدَم</translation>
    </message>
    <message>
        <source>Could be “{field}” just as well as column “{other}”; this one is used: check it, or choose with --map or in the column list</source>
        <translation>قد يكون «{field}» تمامًا كالعمود «{other}»؛ هذا العمود هو المستخدَم: تحقّق منه، أو اختر باستخدام ‎--map أو في قائمة الأعمدة</translation>
    </message>
    <message>
        <source>There is no such column to leave out</source>
        <translation>لا يوجد عمود بهذا الاسم لاستبعاده</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}” (its sheets: {sheets})</source>
        <translation>لا يحتوي المصنف على ورقة باسم «{sheet}» (أوراقه: {sheets})</translation>
    </message>
    <message>
        <source>This yes/no column names no session of the programme, so it is not imported (add the session to the programme, or leave the column out with --ignore)</source>
        <translation>عمود نعم/لا هذا لا يذكر أي جلسة من البرنامج، لذلك لا يُستورد (أضف الجلسة إلى البرنامج، أو استبعد العمود باستخدام ‎--ignore)</translation>
    </message>
    <message>
        <source>No name column found (first name, last name, full name or Arabic name)</source>
        <translation>لم يُعثر على عمود للاسم (الاسم الأول، اسم العائلة، الاسم الكامل أو الاسم بالعربية)</translation>
    </message>
    <message>
        <source>No name in this row</source>
        <translation>لا يوجد اسم في هذا الصف</translation>
    </message>
    <message>
        <source>No session of the programme is called “{value}”</source>
        <translation>لا توجد في البرنامج جلسة باسم «{value}»</translation>
    </message>
    <message>
        <source>“{value}” could be several sessions ({sessions}): write the full title</source>
        <translation>«{value}» قد يشير إلى أكثر من جلسة ({sessions}): اكتب العنوان كاملاً</translation>
    </message>
    <message>
        <source>Unknown category “{value}”</source>
        <translation>فئة غير معروفة «{value}»</translation>
    </message>
    <message>
        <source>Registration ID {value} was already used in row {first_row}</source>
        <translation>رقم التسجيل {value} مستخدم مسبقاً في الصف {first_row}</translation>
    </message>
    <message>
        <source>{name} appears more than once (rows {rows})</source>
        <translation>{name} مذكور أكثر من مرة (الصفوف {rows})</translation>
    </message>
    <message>
        <source>The email address {email} is shared by several people (rows {rows})</source>
        <translation>عنوان البريد الإلكتروني {email} مشترك بين عدة أشخاص (الصفوف {rows})</translation>
    </message>
    <message>
        <source>Unknown language “{value}”; left empty</source>
        <translation>لغة غير معروفة «{value}»؛ تُركت فارغة</translation>
    </message>
    <message>
        <source>“{value}” does not look like an email address</source>
        <translation>«{value}» لا يبدو عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>“{value}” contains “?”: characters were probably lost when the file was saved; check the spelling</source>
        <translation>«{value}» يحتوي على «?»: ربما فُقدت بعض الأحرف عند حفظ الملف؛ تحقق من الكتابة</translation>
    </message>
    <message>
        <source>{name} is not in this file (kept, not deleted)</source>
        <translation>{name} غير موجود في هذا الملف (يُحتفظ به ولا يُحذف)</translation>
    </message>
    <message>
        <source>{count} people of this list in the event are not in this file (kept, not deleted)</source>
        <translation>{count} من أشخاص هذه القائمة في الفعالية غير موجودين في هذا الملف (أُبقي عليهم ولم يُحذفوا)</translation>
    </message>
    <message>
        <source>No title column found</source>
        <translation>لم يُعثر على عمود العنوان</translation>
    </message>
    <message>
        <source>No title in this row</source>
        <translation>لا يوجد عنوان في هذا الصف</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» ليس عدداً صحيحاً</translation>
    </message>
    <message>
        <source>Session number {value} was already used in row {first_row}</source>
        <translation>رقم الجلسة {value} مستخدم مسبقاً في الصف {first_row}</translation>
    </message>
    <message>
        <source>Unknown kind of session “{value}” (plenary, panel, working group, site visit, social)</source>
        <translation>نوع جلسة غير معروف «{value}» (جلسة عامة، حلقة نقاش، مجموعة عمل، زيارة ميدانية، حفل استقبال)</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time (e.g. 2017-11-20 09:00)</source>
        <translation>«{value}» ليس تاريخاً ووقتاً (مثال: 2017-11-20 09:00)</translation>
    </message>
    <message>
        <source>The session ends before it starts</source>
        <translation>تنتهي الجلسة قبل أن تبدأ</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no</source>
        <translation>«{value}» ليس «نعم» ولا «لا»</translation>
    </message>
    <message>
        <source>Recognised: {format}</source>
        <translation>تم التعرّف على: {format}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” was read (the workbook has: {sheets}; choose another with --sheet)</source>
        <translation>تمت قراءة الورقة «{sheet}» (أوراق المصنف: {sheets}؛ اختر غيرها باستخدام ‎--sheet)</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <source>Column “{column}” → {field} ({why})</source>
        <translation>العمود «{column}» ← {field} ({why})</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>الجلسة {number}</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>علامة الجدولة (Tab)</translation>
    </message>
    <message>
        <source>Problem: {code}</source>
        <translation>مشكلة: {code}</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”</source>
        <translation>الصف {row}، العمود «{column}»</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <source>Column “{column}”</source>
        <translation>العمود «{column}»</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Session number</source>
        <translation>رقم الجلسة</translation>
    </message>
    <message>
        <source>Title (German)</source>
        <translation>العنوان (بالألمانية)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Title (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>نوع الجلسة</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>عدد المقاعد</translation>
    </message>
    <message>
        <source>Registration required</source>
        <translation>التسجيل المسبق مطلوب</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>صيغة المخاطبة</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>اللقب العلمي</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Full name (one column)</source>
        <translation>الاسم الكامل (عمود واحد)</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Position in Arabic</source>
        <translation>المنصب بالعربية</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Organisation in Arabic</source>
        <translation>المؤسسة بالعربية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Note for the desk</source>
        <translation>ملاحظة للمكتب</translation>
    </message>
    <message>
        <source>Session (registers for it)</source>
        <translation>جلسة (يسجّل فيها)</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <source>chosen by you</source>
        <translation>اخترته أنت</translation>
    </message>
    <message>
        <source>recognised column of this export</source>
        <translation>عمود معروف في هذا التصدير</translation>
    </message>
    <message>
        <source>this export&apos;s column is not about the person</source>
        <translation>هذا العمود من التصدير لا يخص الشخص</translation>
    </message>
    <message>
        <source>header</source>
        <translation>عنوان العمود</translation>
    </message>
    <message>
        <source>words in the header</source>
        <translation>كلمات في عنوان العمود</translation>
    </message>
    <message>
        <source>values look like emails</source>
        <translation>القيم تبدو عناوين بريد إلكتروني</translation>
    </message>
    <message>
        <source>values are names in Latin letters</source>
        <translation>القيم أسماء بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>values are names in Arabic script</source>
        <translation>القيم أسماء بالخط العربي</translation>
    </message>
    <message>
        <source>not imported, as you chose</source>
        <translation>لا يُستورد، كما اخترت</translation>
    </message>
    <message>
        <source>another column fits better</source>
        <translation>عمود آخر أنسب</translation>
    </message>
    <message>
        <source>empty in every row</source>
        <translation>فارغ في كل الأسطر</translation>
    </message>
    <message>
        <source>a yes/no question about no session of the programme</source>
        <translation>سؤال نعم/لا لا يخص أي جلسة من البرنامج</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>لم يُتعرّف عليه</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose the file to import</source>
        <translation>اختر الملف المراد استيراده</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>الجداول (*.csv *.txt *.tsv *.xlsx *.xlsm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; السابق</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the event…</source>
        <translation>جارٍ فتح الفعالية…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>فعالية جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>فتح فعالية…</translation>
    </message>
    <message>
        <source>&amp;Recent events</source>
        <translation>آخر الفعاليات</translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation>حفظ نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Import participants or programme…</source>
        <translation>استيراد المشاركين أو البرنامج…</translation>
    </message>
    <message>
        <source>&amp;Export attendance…</source>
        <translation>تصدير الحضور…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Print badge</source>
        <translation>طباعة الشارة</translation>
    </message>
    <message>
        <source>Several &amp;desks…</source>
        <translation>عدة مكاتب…</translation>
    </message>
    <message>
        <source>After the &amp;event</source>
        <translation>بعد الفعالية</translation>
    </message>
    <message>
        <source>&amp;Signature sheets…</source>
        <translation>قوائم التوقيع…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>الشهادات…</translation>
    </message>
    <message>
        <source>Statistics &amp;report…</source>
        <translation>تقرير الإحصاءات…</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate</source>
        <translation>التحقق من شهادة</translation>
    </message>
    <message>
        <source>&amp;Purge personal data…</source>
        <translation>حذف البيانات الشخصية…</translation>
    </message>
    <message>
        <source>Desks and &amp;conflicts…</source>
        <translation>المكاتب والتعارضات…</translation>
    </message>
    <message>
        <source>E&amp;xport desk data (USB)…</source>
        <translation>تصدير بيانات المكتب (USB)…</translation>
    </message>
    <message>
        <source>&amp;Merge desk data (USB)…</source>
        <translation>دمج بيانات مكتب (USB)…</translation>
    </message>
    <message>
        <source>Desks and conflicts…</source>
        <translation>المكاتب والتعارضات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Desk &amp;guide</source>
        <translation>دليل مكتب التسجيل</translation>
    </message>
    <message>
        <source>&amp;About checkin</source>
        <translation>حول checkin</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>{title} (demo)</source>
        <translation>{title} (تجريبية)</translation>
    </message>
    <message>
        <source>Demo event: the people and scans are made up. Start your own with File › New event.</source>
        <translation>فعالية تجريبية: الأشخاص وعمليات المسح وهمية. أنشئ فعاليتك الخاصة من ملف › فعالية جديدة.</translation>
    </message>
    <message>
        <source>New event file for this desk</source>
        <translation>ملف فعالية جديد لهذا المكتب</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>تعذّر فتح الفعالية</translation>
    </message>
    <message>
        <source>Event files (*{suffix})</source>
        <translation>ملفات الفعاليات (*{suffix})</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>فتح فعالية</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>حفظ نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>حُفظت النسخة الاحتياطية في {path}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>مراجعة الأعمدة</translation>
    </message>
    <message>
        <source>The first rows of the file, and which column fills which field. Change a field&apos;s column if it was not recognised.</source>
        <translation>الصفوف الأولى من الملف، وأي عمود يملأ أي حقل. غيّر عمود الحقل إن لم يُتعرَّف عليه.</translation>
    </message>
    <message>
        <source>⚠ conflict with “{other}”: {why}</source>
        <translation>⚠ تعارض مع «{other}»: {why}</translation>
    </message>
    <message>
        <source>{why}: “{other}”</source>
        <translation>{why}: «{other}»</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>الورقة:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>As imported</source>
        <translation>كما سيُستورد</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <source>{file}: header in row {header}, {rows} data rows.</source>
        <translation>{file}: صف العناوين هو الصف {header}، وعدد صفوف البيانات {rows}.</translation>
    </message>
    <message>
        <source>Recognised: {format}.</source>
        <translation>تم التعرّف على: {format}.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” was chosen: it has one row per person.</source>
        <translation>تم اختيار الورقة «{sheet}»: فيها سطر لكل شخص.</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— غير مستخدَم —</translation>
    </message>
    <message>
        <source>Session column {n}</source>
        <translation>عمود الجلسة {n}</translation>
    </message>
</context>
<context>
    <name>NameLookup</name>
    <message>
        <source>Find by &amp;name:</source>
        <translation>البحث بالاسم:</translation>
    </message>
    <message>
        <source>Name, organisation or email (Ctrl+F)</source>
        <translation>الاسم أو الجهة أو البريد الإلكتروني (Ctrl+F)</translation>
    </message>
    <message>
        <source>registration cancelled</source>
        <translation>التسجيل ملغى</translation>
    </message>
    <message>
        <source>✔ arrived {time}</source>
        <translation>✔ وصل {time}</translation>
    </message>
    <message>
        <source>not arrived yet</source>
        <translation>لم يصل بعد</translation>
    </message>
    <message>
        <source>⚠ same name twice: {entry}</source>
        <translation>⚠ الاسم مكرر: {entry}</translation>
    </message>
    <message>
        <source>{count} people match. Which one? Choose with ↑ ↓ and press Enter.</source>
        <translation>يطابق {count} أشخاص. أيّهم؟ اختر بالسهمين ↑ ↓ ثم اضغط Enter.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>فعالية جديدة</translation>
    </message>
    <message>
        <source>Event file:</source>
        <translation>ملف الفعالية:</translation>
    </message>
    <message>
        <source>Name (German):</source>
        <translation>الاسم (بالألمانية):</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>الاسم (بالإنجليزية):</translation>
    </message>
    <message>
        <source>Name (Arabic):</source>
        <translation>الاسم (بالعربية):</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>مكان الفعالية:</translation>
    </message>
    <message>
        <source>Time zone of the venue:</source>
        <translation>المنطقة الزمنية لمكان الفعالية:</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>اليوم الأول:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>اليوم الأخير:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>New event file</source>
        <translation>ملف فعالية جديد</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Registered</source>
        <translation>المسجلون</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>لم يحضروا</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>سُجّلوا في الموقع</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>الملغاة</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>حسب البلد</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <source>Per type of organisation</source>
        <translation>حسب نوع الجهة</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes</source>
        <translation>الوصول كل 15 دقيقة</translation>
    </message>
    <message>
        <source>Sessions: registered, present, places</source>
        <translation>الجلسات: المسجلون والحاضرون والمقاعد</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>بلدية</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>وسائل الإعلام</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>جهة أخرى</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>بلا جهة</translation>
    </message>
    <message>
        <source>(name removed when the event file was purged)</source>
        <translation>(حُذف الاسم عند تنظيف ملف المؤتمر)</translation>
    </message>
    <message>
        <source>Certificate no. {serial}, issued {date}, for {name}: {sessions} session(s), {hours} hours ({percent} %)</source>
        <translation>الشهادة رقم {serial}، صادرة بتاريخ {date}، باسم {name}: {sessions} جلسة، {hours} ساعة ({percent}٪)</translation>
    </message>
    <message>
        <source>partial attendance</source>
        <translation>حضور جزئي</translation>
    </message>
    <message>
        <source>a newer certificate was issued since</source>
        <translation>صدرت منذ ذلك الحين شهادة أحدث</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Country / category / organisation</source>
        <translation>البلد / الفئة / الجهة</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate:</source>
        <translation>التحقق من شهادة:</translation>
    </message>
    <message>
        <source>verification code, e.g. 7K3M-Q9TX</source>
        <translation>رمز التحقق، مثل 7K3M-Q9TX</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <source>Add walk-in…</source>
        <translation>إضافة مشارك دون تسجيل مسبق…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation>إعادة تفعيل التسجيل…</translation>
    </message>
    <message>
        <source>Cancel registration…</source>
        <translation>إلغاء التسجيل…</translation>
    </message>
    <message>
        <source>Replace badge code…</source>
        <translation>استبدال رمز الشارة…</translation>
    </message>
    <message>
        <source>{name} added. Badge code: {code}</source>
        <translation>تمت إضافة {name}. رمز الشارة: {code}</translation>
    </message>
    <message>
        <source>{name} added and checked in. Badge code: {code}</source>
        <translation>أُضيف {name} وسُجّل حضوره. رمز البطاقة: {code}</translation>
    </message>
    <message>
        <source>{name}: changes saved</source>
        <translation>{name}: تم حفظ التغييرات</translation>
    </message>
    <message>
        <source>{name}: nothing changed</source>
        <translation>{name}: لم يتغير شيء</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>إلغاء التسجيل</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}? Their badge will be refused at the entrance until the registration is reinstated.</source>
        <translation>هل تريد إلغاء تسجيل {name}؟ ستُرفض الشارة عند المدخل إلى أن يُعاد تفعيل التسجيل.</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>إعادة تفعيل التسجيل</translation>
    </message>
    <message>
        <source>Reinstate the registration of {name}? Their badge will be admitted again.</source>
        <translation>هل تريد إعادة تفعيل تسجيل {name}؟ سيُسمح بالدخول بالشارة مجدداً.</translation>
    </message>
    <message>
        <source>{name}: registration cancelled</source>
        <translation>{name}: تم إلغاء التسجيل</translation>
    </message>
    <message>
        <source>{name}: registration reinstated</source>
        <translation>{name}: تمت إعادة تفعيل التسجيل</translation>
    </message>
    <message>
        <source>Give {name} a new badge code? When scanned, the old badge will then be refused as replaced (revoked). Print the new badge afterwards.</source>
        <translation>هل تريد إعطاء {name} رمز شارة جديداً؟ ستُرفض الشارة القديمة بعد ذلك عند مسحها لأنها مستبدَلة (ملغاة). اطبع الشارة الجديدة بعد ذلك.</translation>
    </message>
    <message>
        <source>Replace badge code</source>
        <translation>استبدال رمز الشارة</translation>
    </message>
    <message>
        <source>{name}: new badge code {code}. The old badge is revoked.</source>
        <translation>{name}: رمز شارة جديد {code}. الشارة القديمة ملغاة.</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
</context>
<context>
    <name>ParticipantDetailPane</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>رمز الشارة</translation>
    </message>
    <message>
        <source>Desk note</source>
        <translation>ملاحظة للمكتب</translation>
    </message>
    <message>
        <source>Registered for</source>
        <translation>مسجَّل في</translation>
    </message>
    <message>
        <source>Select a participant to see their details and scans.</source>
        <translation>اختر مشاركاً لعرض بياناته وعمليات المسح الخاصة به.</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>عمليات المسح</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>لا توجد جلسات</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <source>forced: {reason}</source>
        <translation>رغم الرفض: {reason}</translation>
    </message>
</context>
<context>
    <name>ParticipantFields</name>
    <message>
        <source>Registration ID</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>صيغة المخاطبة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Position in Arabic</source>
        <translation>المنصب بالعربية</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Organisation in Arabic</source>
        <translation>المؤسسة بالعربية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Desk note</source>
        <translation>ملاحظة للمكتب</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>التصوير</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>No preference</source>
        <translation>دون تفضيل</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <source>Yes, photos allowed</source>
        <translation>نعم، التصوير مسموح</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>بدون تصوير</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وقت الوصول</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>رمز الشارة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>مسجَّل</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <source>Search name, organisation, email or code</source>
        <translation>ابحث بالاسم أو المؤسسة أو البريد الإلكتروني أو الرمز</translation>
    </message>
    <message>
        <source>Type any part of a name (Latin or Arabic), organisation, email or badge code. Ctrl+F: back here; Down or Enter: to the list; Esc: clear.</source>
        <translation>اكتب أي جزء من الاسم (بالحروف اللاتينية أو العربية) أو المؤسسة أو البريد الإلكتروني أو رمز الشارة. Ctrl+F: العودة إلى هنا؛ السهم للأسفل أو Enter: الانتقال إلى القائمة؛ Esc: مسح البحث.</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>البحث عن المشاركين</translation>
    </message>
    <message>
        <source>Show everyone, or only who arrived or not</source>
        <translation>عرض الجميع، أو الواصلين فقط، أو غير الواصلين فقط</translation>
    </message>
    <message>
        <source>Only people registered for this session</source>
        <translation>فقط المسجَّلون في هذه الجلسة</translation>
    </message>
    <message>
        <source>Only people from this country</source>
        <translation>فقط الأشخاص من هذا البلد</translation>
    </message>
    <message>
        <source>Only people of this category</source>
        <translation>فقط الأشخاص من هذه الفئة</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>طباعة البطاقات…</translation>
    </message>
    <message>
        <source>Arrived and not arrived</source>
        <translation>الواصلون وغير الواصلين</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>الواصلون</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>غير الواصلين</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>كل الجلسات</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>{shown} of {total} participants</source>
        <translation>المشاركون: {shown} من {total}</translation>
    </message>
    <message>
        <source>best matches only: type more</source>
        <translation>أفضل النتائج فقط: اكتب المزيد</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Badge preview</source>
        <translation>معاينة الشارة</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>no limit</source>
        <translation>غير محدود</translation>
    </message>
    <message>
        <source>required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>open to all</source>
        <translation>مفتوح للجميع</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>المسجَّلون</translation>
    </message>
    <message>
        <source>Present now</source>
        <translation>الحاضرون الآن</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>عدد المقاعد</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>&amp;Add session…</source>
        <translation>إضافة جلسة…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>تعديل الجلسة…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge personal data</source>
        <translation>حذف البيانات الشخصية</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>احذف الآن</translation>
    </message>
    <message>
        <source>Remove the personal data of {count} people from {file}? This cannot be undone. What is kept is written to {folder} first.</source>
        <translation>هل تريد حذف البيانات الشخصية لـ {count} شخصًا من {file}؟ لا يمكن التراجع عن ذلك. ما يُحتفظ به يُكتب أولًا إلى {folder}.</translation>
    </message>
    <message>
        <source>The personal data was removed.</source>
        <translation>حُذفت البيانات الشخصية.</translation>
    </message>
    <message>
        <source>After the event: remove names, e-mails, badge codes and notes from the event file. Show what will be removed first; then purge.</source>
        <translation>بعد الفعالية: حذف الأسماء وعناوين البريد الإلكتروني ورموز الشارات والملاحظات من ملف الفعالية. اعرض أولًا ما سيُحذف، ثم احذف.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>الاحتفاظ بـ:</translation>
    </message>
    <message>
        <source>The evidence (signature sheets, certificates&apos; register, anonymised scan log)</source>
        <translation>الأدلة (قوائم التوقيع، سجل الشهادات، سجل المسح بلا أسماء)</translation>
    </message>
    <message>
        <source>Nothing personal (only the counts)</source>
        <translation>لا شيء شخصي (الأعداد فقط)</translation>
    </message>
    <message>
        <source>&amp;Folder for what is kept:</source>
        <translation>مجلد ما يُحتفظ به:</translation>
    </message>
    <message>
        <source>&amp;Show what will be removed</source>
        <translation>اعرض ما سيُحذف</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Wrote the statistics report to {path}</source>
        <translation>تمت كتابة تقرير الإحصاءات إلى {path}</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>تقرير الإحصاءات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <source>{file} was imported: {added} new, {updated} updated, {unchanged} unchanged. {missing} in the event but not in the file were kept.</source>
        <translation>تم استيراد {file}: جديد {added}، محدَّث {updated}، دون تغيير {unchanged}. العناصر الموجودة في الفعالية وغير الموجودة في الملف ({missing}) بقيت محفوظة.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>Edit session {number}</source>
        <translation>تعديل الجلسة {number}</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>Title (&amp;German):</source>
        <translation>العنوان (بالألمانية):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>العنوان (بالإنجليزية):</translation>
    </message>
    <message>
        <source>Title (&amp;Arabic):</source>
        <translation>العنوان (بالعربية):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>القاعة:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>البداية:</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>النهاية:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>عدد المقاعد:</translation>
    </message>
    <message>
        <source>Re&amp;gistration:</source>
        <translation>التسجيل:</translation>
    </message>
    <message>
        <source>Ad&amp;mission:</source>
        <translation>الدخول:</translation>
    </message>
    <message>
        <source>Admit &amp;from:</source>
        <translation>السماح بالدخول من:</translation>
    </message>
    <message>
        <source>Admit &amp;until:</source>
        <translation>السماح بالدخول حتى:</translation>
    </message>
    <message>
        <source>empty: no limit</source>
        <translation>فارغ: غير محدود</translation>
    </message>
    <message>
        <source>Only people registered for it are admitted</source>
        <translation>لا يُسمح بالدخول إلا للمسجَّلين فيها</translation>
    </message>
    <message>
        <source>Only within a time window (off: admit at any time)</source>
        <translation>ضمن فترة زمنية فقط (عند عدم التحديد: الدخول في أي وقت)</translation>
    </message>
    <message>
        <source>Times are in the event&apos;s time zone ({zone}).</source>
        <translation>الأوقات بحسب المنطقة الزمنية للفعالية ({zone}).</translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <source>Plenary</source>
        <translation>جلسة عامة</translation>
    </message>
    <message>
        <source>Panel discussion</source>
        <translation>حلقة نقاش</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>مجموعة عمل</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>زيارة ميدانية</translation>
    </message>
    <message>
        <source>Social event</source>
        <translation>نشاط اجتماعي</translation>
    </message>
</context>
<context>
    <name>SeveralDesksDialog</name>
    <message>
        <source>Several desks</source>
        <translation>عدة مكاتب</translation>
    </message>
    <message>
        <source>This laptop is the hub</source>
        <translation>هذا الحاسوب هو المحور</translation>
    </message>
    <message>
        <source>Start the hub and show the join code</source>
        <translation>تشغيل المحور وعرض رمز الانضمام</translation>
    </message>
    <message>
        <source>Join another desk&apos;s hub: scan or type its join code</source>
        <translation>الانضمام إلى محور مكتب آخر: امسح رمز الانضمام أو اكتبه</translation>
    </message>
    <message>
        <source>Join…</source>
        <translation>انضمام…</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>رمز الانضمام</translation>
    </message>
    <message>
        <source>Or an existing server (e.g. the organisers&apos; IT)</source>
        <translation>أو خادم قائم (مثل خادم قسم تقنية المعلومات لدى المنظمين)</translation>
    </message>
    <message>
        <source>Password (if not in the address)</source>
        <translation>كلمة المرور (إن لم تكن في العنوان)</translation>
    </message>
    <message>
        <source>Use this server as the hub</source>
        <translation>استخدام هذا الخادم محورًا</translation>
    </message>
    <message>
        <source>Desks that join this event enter the same address beside the join code. Ask for sslmode=verify-full: the connection is then encrypted and the server&apos;s certificate checked.</source>
        <translation>تُدخل المكاتب التي تنضم إلى هذه الفعالية العنوان نفسه إلى جانب رمز الانضمام. اطلب sslmode=verify-full: عندها يكون الاتصال مشفرًا وتُفحص شهادة الخادم.</translation>
    </message>
    <message>
        <source>Starting the hub…</source>
        <translation>جارٍ تشغيل المحور…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <source>The hub is running. Other desks scan this code.</source>
        <translation>المحور يعمل. تمسح المكاتب الأخرى هذا الرمز.</translation>
    </message>
    <message>
        <source>The server is this event&apos;s hub. Other desks scan this code and enter the server&apos;s address.</source>
        <translation>الخادم هو محور هذه الفعالية. تمسح المكاتب الأخرى هذا الرمز وتُدخل عنوان الخادم.</translation>
    </message>
    <message>
        <source>Joining: fetching the event from the hub…</source>
        <translation>جارٍ الانضمام: تُجلب الفعالية من المحور…</translation>
    </message>
</context>
<context>
    <name>SheetsDialog</name>
    <message>
        <source>Wrote {sheets} signature sheet(s) on {pages} page(s) to {path}</source>
        <translation>تمت كتابة {sheets} قائمة توقيع في {pages} صفحة إلى {path}</translation>
    </message>
    <message>
        <source>Signature sheets</source>
        <translation>قوائم التوقيع</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>القوائم:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <source>Se&amp;ssion:</source>
        <translation>الجلسة:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>التجميع حسب:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Blank &amp;rows for walk-ins:</source>
        <translation>أسطر فارغة للمسجَّلين في الموقع:</translation>
    </message>
    <message>
        <source>Every day, and each session of it</source>
        <translation>كل يوم، وكل جلسة من جلساته</translation>
    </message>
    <message>
        <source>One day (the venue)</source>
        <translation>يوم واحد (مكان الفعالية)</translation>
    </message>
    <message>
        <source>One session</source>
        <translation>جلسة واحدة</translation>
    </message>
    <message>
        <source>Grid of a day: people × sessions</source>
        <translation>جدول يوم: الأشخاص × الجلسات</translation>
    </message>
    <message>
        <source>Country (e.g. Germany / Palestine)</source>
        <translation>البلد (مثلًا ألمانيا / فلسطين)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>بلا تجميع</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 طولي</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 عرضي</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Several desks: connecting to the hub…</source>
        <translation>عدة مكاتب: جارٍ الاتصال بالمحور…</translation>
    </message>
    <message>
        <source>Hub online · {waiting} waiting to go up · last contact {at} · {desks} desks</source>
        <translation>المحور متصل · {waiting} بانتظار الإرسال · آخر اتصال {at} · {desks} مكاتب</translation>
    </message>
    <message>
        <source>Hub unreachable: this desk goes on scanning · {waiting} waiting to go up · last contact {at}</source>
        <translation>تعذّر الوصول إلى المحور: يواصل هذا المكتب المسح · {waiting} بانتظار الإرسال · آخر اتصال {at}</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Welcome: checked in</source>
        <translation>أهلاً وسهلاً: تم تسجيل الحضور</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>تم تسجيل الخروج</translation>
    </message>
    <message>
        <source>Not a valid badge code (misread or mistyped)</source>
        <translation>رمز شارة غير صالح (قراءة أو كتابة خاطئة)</translation>
    </message>
    <message>
        <source>This badge belongs to another event</source>
        <translation>هذه الشارة تخص فعالية أخرى</translation>
    </message>
    <message>
        <source>Unknown badge code</source>
        <translation>رمز شارة غير معروف</translation>
    </message>
    <message>
        <source>This badge was replaced: use the new badge</source>
        <translation>تم استبدال هذه الشارة: استخدم الشارة الجديدة</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>التسجيل ملغى</translation>
    </message>
    <message>
        <source>Admission to this session is closed</source>
        <translation>الدخول إلى هذه الجلسة مغلق</translation>
    </message>
    <message>
        <source>Not registered for this session</source>
        <translation>غير مسجَّل في هذه الجلسة</translation>
    </message>
    <message>
        <source>Session is full</source>
        <translation>الجلسة ممتلئة</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>تم تسجيل الحضور مسبقاً</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Add a walk-in</source>
        <translation>إضافة مشارك دون تسجيل مسبق</translation>
    </message>
    <message>
        <source>A name is enough; the badge code is assigned when you press OK.</source>
        <translation>يكفي الاسم؛ يُخصَّص رمز الشارة عند الضغط على «حسنًا».</translation>
    </message>
    <message>
        <source>Check in &amp;now (untick to pre-register)</source>
        <translation>تسجيل الحضور الآن (أزل العلامة للتسجيل المسبق فقط)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>عرض هذه المساعدة ثم الخروج</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من: %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يُتوقع وسيط واحد</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
</context>
</TS>
