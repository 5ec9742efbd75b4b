<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../checkin/ui/camera.py" line="124"/>
        <source>Cam&amp;era:</source>
        <translation>Ka&amp;mera:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="125"/>
        <location filename="../checkin/ui/camera.py" line="169"/>
        <source>Turn camera &amp;off</source>
        <translation>Kamera a&amp;usschalten</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="125"/>
        <location filename="../checkin/ui/camera.py" line="169"/>
        <source>Turn camera &amp;on</source>
        <translation>Kamera ei&amp;nschalten</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="126"/>
        <source>Camera picture, mirrored</source>
        <translation>Kamerabild, gespiegelt</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="129"/>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="140"/>
        <source>No camera found. Scan badges with the handheld scanner or type the code.</source>
        <translation>Keine Kamera gefunden. Scannen Sie Namensschilder mit dem Handscanner oder tippen Sie den Code.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="141"/>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet …</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="142"/>
        <source>Hold the badge&apos;s code up to the camera.</source>
        <translation>Halten Sie den Code des Namensschilds vor die Kamera.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="143"/>
        <source>The camera was unplugged. The handheld scanner keeps working.</source>
        <translation>Die Kamera wurde getrennt. Der Handscanner funktioniert weiter.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="144"/>
        <source>The camera cannot be used: it may be unplugged or in use by another program. The handheld scanner keeps working.</source>
        <translation>Die Kamera kann nicht verwendet werden: Sie ist vielleicht getrennt oder von einem anderen Programm belegt. Der Handscanner funktioniert weiter.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/camera.py" line="146"/>
        <source>The camera sends no picture: another program may be using it.</source>
        <translation>Die Kamera liefert kein Bild: Vielleicht verwendet sie ein anderes Programm.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="104"/>
        <source>Participant</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="104"/>
        <source>Speaker</source>
        <translation>Referent/in</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="104"/>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="105"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="105"/>
        <source>Interpreter</source>
        <translation>Dolmetscher/in</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="105"/>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="361"/>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="362"/>
        <source>Nothing has been written yet. This is what the import would do.</source>
        <translation>Es wurde noch nichts gespeichert. Das würde der Import bewirken.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="363"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="368"/>
        <source>New: {added}   Updated: {updated}   Unchanged: {unchanged}   In the event but not in the file (kept): {missing}</source>
        <translation>Neu: {added}   Aktualisiert: {updated}   Unverändert: {unchanged}   In der Veranstaltung, aber nicht in der Datei (bleiben erhalten): {missing}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="375"/>
        <source>{errors} error(s): nothing can be imported until the file or the column choice is corrected.</source>
        <translation>{errors} Fehler: Es kann nichts importiert werden, bis die Datei oder die Spaltenzuordnung korrigiert ist.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="379"/>
        <source>No errors. {warnings} warning(s) to read; they do not stop the import.</source>
        <translation>Keine Fehler. Bitte {warnings} Warnung(en) lesen; sie verhindern den Import nicht.</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="184"/>
        <source>&amp;Session:</source>
        <translation>Pro&amp;grammpunkt:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="185"/>
        <source>&amp;Desk:</source>
        <translation>Sc&amp;halter:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="186"/>
        <source>En&amp;try</source>
        <translation>Eint&amp;ritt</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="187"/>
        <source>E&amp;xit</source>
        <translation>A&amp;ustritt</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="188"/>
        <source>&amp;Mute sounds</source>
        <translation>Töne stu&amp;mm</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="189"/>
        <source>Badge &amp;code:</source>
        <translation>Badge-&amp;Code:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="190"/>
        <source>Scan or type a badge code, then Enter</source>
        <translation>Badge-Code scannen oder eintippen, dann Enter</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="191"/>
        <source>C&amp;heck in</source>
        <translation>E&amp;inchecken</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="192"/>
        <source>Find by &amp;name:</source>
        <translation>Nach &amp;Namen suchen:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="193"/>
        <source>Name, organisation or email (Ctrl+F)</source>
        <translation>Name, Organisation oder E-Mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="194"/>
        <source>&amp;Undo last scan</source>
        <translation>Letzten Scan rüc&amp;kgängig machen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="195"/>
        <source>Annuls the last admitted scan (Ctrl+Z)</source>
        <translation>Annulliert den letzten Scan mit Einlass (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="196"/>
        <source>Check in &amp;anyway…</source>
        <translation>Trot&amp;zdem einchecken…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="197"/>
        <source>Admit despite the refusal, with a reason (Ctrl+Shift+O)</source>
        <translation>Trotz Ablehnung einlassen, mit Angabe eines Grundes (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="198"/>
        <source>Recent scans</source>
        <translation>Letzte Scans</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="199"/>
        <source>Print &amp;badge</source>
        <translation>Namensschild dr&amp;ucken</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="200"/>
        <source>Prints the badge of the person shown (Ctrl+P)</source>
        <translation>Druckt das Namensschild der angezeigten Person (Strg+P)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="201"/>
        <source>Pre&amp;view badge…</source>
        <translation>Namensschild-&amp;Vorschau …</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="202"/>
        <source>Print on check-in:</source>
        <translation>Beim Einchecken drucken:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="205"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="205"/>
        <source>once, if not yet printed</source>
        <translation>einmal, falls noch nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="205"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="209"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="209"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="209"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="209"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="209"/>
        <source>Desk</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="211"/>
        <location filename="../checkin/ui/checkin_screen.py" line="233"/>
        <source>Ready to scan</source>
        <translation>Bereit zum Scannen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="243"/>
        <source>Arrival at the venue</source>
        <translation>Ankunft vor Ort</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="264"/>
        <source>Arrived: {arrived} / {registered}</source>
        <translation>Angekommen: {arrived} / {registered}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="269"/>
        <source>In the room: {present} · registered: {booked}</source>
        <translation>Im Raum: {present} · angemeldet: {booked}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="271"/>
        <source>places: {capacity}</source>
        <translation>Plätze: {capacity}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="282"/>
        <source>{verdict} (undone)</source>
        <translation>{verdict} (rückgängig gemacht)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="283"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="315"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="363"/>
        <source>Scan undone</source>
        <translation>Scan rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="379"/>
        <source>Another badge was scanned meanwhile: scan again to override</source>
        <translation>Inzwischen wurde ein anderes Namensschild gescannt: zum Übersteuern erneut scannen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="386"/>
        <source>Check in anyway</source>
        <translation>Trotzdem einchecken</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="387"/>
        <source>{refusal}. Reason for admitting anyway:</source>
        <translation>{refusal}. Grund für den Einlass trotz Ablehnung:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/checkin_screen.py" line="408"/>
        <source>Badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="187"/>
        <source>What do you want to import?</source>
        <translation>Was möchten Sie importieren?</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="188"/>
        <source>Choose the kind of list and the file (CSV or Excel).</source>
        <translation>Wählen Sie die Art der Liste und die Datei (CSV oder Excel).</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="189"/>
        <source>&amp;Participant list (registrations)</source>
        <translation>&amp;Teilnehmendenliste (Anmeldungen)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="190"/>
        <source>P&amp;rogramme (sessions)</source>
        <translation>&amp;Programm (Programmpunkte)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="191"/>
        <source>Import the programme first: participant lists name its sessions.</source>
        <translation>Importieren Sie zuerst das Programm: Teilnehmendenlisten nennen dessen Programmpunkte.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="192"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="193"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../checkin/cli/commands.py" line="57"/>
        <source>Created event file {db} (badge code tag {tag})</source>
        <translation>Veranstaltungsdatei {db} angelegt (Veranstaltungskennung in den Badge-Codes: {tag})</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="65"/>
        <source>The demo event is already at {db}</source>
        <translation>Die Demo-Veranstaltung liegt bereits unter {db}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="73"/>
        <source>Created the demo event in {db}: {people} participants, {arrived} already arrived</source>
        <translation>Demo-Veranstaltung in {db} angelegt: {people} Teilnehmende, davon {arrived} bereits angekommen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="99"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="102"/>
        <source>Badge code</source>
        <translation>Badge-Code</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="124"/>
        <location filename="../checkin/cli/commands.py" line="102"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="102"/>
        <source>Arabic name</source>
        <translation>Arabischer Name</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="102"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="103"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="122"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="122"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <location filename="../checkin/cli/commands.py" line="207"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="124"/>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <location filename="../checkin/cli/commands.py" line="207"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <location filename="../checkin/cli/commands.py" line="207"/>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="125"/>
        <source>Registration</source>
        <translation>Anmeldepflicht</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="156"/>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="159"/>
        <source>Earlier: {time} at {desk}</source>
        <translation>Zuvor: {time} am Schalter {desk}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="162"/>
        <source>Admitted by override ({refusal}): {reason}</source>
        <translation>Trotz Ablehnung eingelassen ({refusal}): {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="164"/>
        <source>Scan id: {id}</source>
        <translation>Scan-ID: {id}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="174"/>
        <source>Undone: {count} scan(s) annulled</source>
        <translation>Rückgängig gemacht: {count} Scan(s) annulliert</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="188"/>
        <source>Wrote {rows} rows to {path}</source>
        <translation>{rows} Zeilen in {path} geschrieben</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="205"/>
        <source>Arrived: {arrived} of {registered} registered</source>
        <translation>Angekommen: {arrived} von {registered} Angemeldeten</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="207"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="207"/>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="207"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="29"/>
        <source>event file (default: the last one used)</source>
        <translation>Veranstaltungsdatei (Standard: die zuletzt verwendete)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="31"/>
        <source>language of messages</source>
        <translation>Sprache der Meldungen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="34"/>
        <source>print results as JSON</source>
        <translation>Ergebnisse als JSON ausgeben</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="43"/>
        <source>not a UUID: {value}</source>
        <translation>keine UUID: {value}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="50"/>
        <source>a mapping must look like FIELD=COLUMN, not {mapping}</source>
        <translation>eine Zuordnung muss die Form FIELD=COLUMN haben, nicht {mapping}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="55"/>
        <source>CSV or XLSX file</source>
        <translation>CSV- oder XLSX-Datei</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="57"/>
        <source>check and preview only; write nothing</source>
        <translation>nur prüfen und Vorschau zeigen; nichts speichern</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="59"/>
        <source>use COLUMN of the file for FIELD (repeatable)</source>
        <translation>Spalte COLUMN der Datei für Feld FIELD verwenden (mehrfach möglich)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="65"/>
        <source>Registration desk for conferences: offline, in German, English and Arabic.</source>
        <translation>Anmeldeschalter für Konferenzen: offline, auf Deutsch, Englisch und Arabisch.</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="66"/>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="71"/>
        <source>create a new event file</source>
        <translation>neue Veranstaltungsdatei anlegen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="72"/>
        <source>event name (English)</source>
        <translation>Name der Veranstaltung (Englisch)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="73"/>
        <source>event name in German</source>
        <translation>Name der Veranstaltung auf Deutsch</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="74"/>
        <source>event name in Arabic</source>
        <translation>Name der Veranstaltung auf Arabisch</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="75"/>
        <source>venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="76"/>
        <source>time zone of the venue, e.g. Asia/Hebron</source>
        <translation>Zeitzone des Veranstaltungsorts, z. B. Asia/Hebron</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="77"/>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="78"/>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="79"/>
        <source>event tag in badge codes (4 digits; random if not given)</source>
        <translation>Veranstaltungskennung in den Badge-Codes (4 Ziffern; ohne Angabe zufällig)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="81"/>
        <source>import participants or the programme</source>
        <translation>Teilnehmende oder Programm importieren</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="82"/>
        <location filename="../checkin/cli/parser.py" line="106"/>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="83"/>
        <source>participant list</source>
        <translation>Teilnehmendenliste</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="84"/>
        <source>programme (sessions)</source>
        <translation>Programm (Programmpunkte)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="86"/>
        <source>list participants with their badge codes</source>
        <translation>Teilnehmende mit ihren Badge-Codes auflisten</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="52"/>
        <location filename="../checkin/cli/parser.py" line="87"/>
        <source>only those matching TEXT</source>
        <translation>nur Treffer für TEXT</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="89"/>
        <source>list the programme&apos;s sessions</source>
        <translation>Programmpunkte auflisten</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="91"/>
        <source>check a badge code in (or out)</source>
        <translation>Badge-Code einchecken (oder auschecken)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="92"/>
        <source>badge code as scanned or typed</source>
        <translation>Badge-Code, gescannt oder eingetippt</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="94"/>
        <source>session number or title (default: arrival at the venue)</source>
        <translation>Nummer oder Titel des Programmpunkts (Standard: Ankunft am Veranstaltungsort)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="59"/>
        <location filename="../checkin/cli/parser.py" line="95"/>
        <location filename="../checkin/cli/parser.py" line="103"/>
        <source>name of this desk</source>
        <translation>Name dieses Schalters</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="96"/>
        <source>record leaving instead of entering</source>
        <translation>Verlassen statt Betreten erfassen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="97"/>
        <source>admit despite a refusal, giving the reason</source>
        <translation>trotz Ablehnung einlassen, mit Angabe des Grundes</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="99"/>
        <source>id of this scan attempt: sending it again records the scan once</source>
        <translation>ID dieses Scan-Versuchs: erneut gesendet wird der Scan nur einmal erfasst</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="101"/>
        <source>undo a scan (it stays in the log, annulled)</source>
        <translation>Scan rückgängig machen (bleibt annulliert im Protokoll)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="102"/>
        <source>id of the scan, or its first 8 characters</source>
        <translation>ID des Scans oder ihre ersten 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="105"/>
        <source>export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="107"/>
        <source>attendance per session and as a matrix</source>
        <translation>Anwesenheit je Programmpunkt und als Matrix</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="108"/>
        <source>file format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="109"/>
        <source>file to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="110"/>
        <source>only this session (CSV)</source>
        <translation>nur dieser Programmpunkt (CSV)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="112"/>
        <source>arrived / registered, and per session</source>
        <translation>angekommen / angemeldet, und je Programmpunkt</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="113"/>
        <source>create a demo event with a programme and about 300 participants</source>
        <translation>Demo-Veranstaltung mit Programm und etwa 300 Teilnehmenden anlegen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="42"/>
        <source>print badges into a PDF file and record them as printed</source>
        <translation>Namensschilder in eine PDF-Datei drucken und als gedruckt vermerken</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="43"/>
        <source>PDF file to write</source>
        <translation>zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="45"/>
        <source>badge layout: a name from “checkin layouts” or a .json file (default: a6)</source>
        <translation>Namensschild-Layout: ein Name aus „checkin layouts“ oder eine .json-Datei (Standard: a6)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="47"/>
        <source>only these people: badge code or the first 8 or more characters of the id</source>
        <translation>nur diese Personen: Badge-Code oder die ersten 8 oder mehr Zeichen der ID</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="49"/>
        <source>only people whose current badge was never printed</source>
        <translation>nur Personen, deren aktuelles Namensschild noch nie gedruckt wurde</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="51"/>
        <source>only this category (participant, speaker, organiser, press, interpreter, staff)</source>
        <translation>nur diese Kategorie (participant, speaker, organiser, press, interpreter, staff)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="54"/>
        <source>include cancelled registrations (people named with --participant always are)</source>
        <translation>stornierte Anmeldungen einschließen (mit --participant genannte Personen immer)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="56"/>
        <source>lost badge: give the people named a new code first (the old one is revoked)</source>
        <translation>verlorenes Namensschild: den genannten Personen zuerst einen neuen Code geben (der alte wird gesperrt)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="58"/>
        <source>language on the badges (default: the language of messages)</source>
        <translation>Sprache auf den Namensschildern (Standard: die Sprache der Meldungen)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="61"/>
        <source>a proof: do not record the badges as printed</source>
        <translation>ein Probedruck: die Namensschilder nicht als gedruckt vermerken</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="63"/>
        <source>list the badge layouts (shipped and your own)</source>
        <translation>die Namensschild-Layouts auflisten (mitgelieferte und eigene)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="82"/>
        <source>No badges to print: nothing written</source>
        <translation>Keine Namensschilder zu drucken: nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="97"/>
        <source>Wrote {badges} badge(s) on {pages} page(s) to {path} (layout {layout})</source>
        <translation>{badges} Namensschild(er) auf {pages} Seite(n) in {path} geschrieben (Layout {layout})</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="100"/>
        <source>New badge code for {name}: {code} (the old one is revoked)</source>
        <translation>Neuer Badge-Code für {name}: {code} (der alte ist gesperrt)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="103"/>
        <source>Not recorded as printed (proof)</source>
        <translation>Nicht als gedruckt vermerkt (Probedruck)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="124"/>
        <source>Page (mm)</source>
        <translation>Seite (mm)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="125"/>
        <source>Badge (mm)</source>
        <translation>Namensschild (mm)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="125"/>
        <source>Per page</source>
        <translation>Pro Seite</translation>
    </message>
    <message>
        <location filename="../checkin/cli/badge_cmds.py" line="125"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="34"/>
        <source>read badge codes from image files, as the camera would</source>
        <translation>Badge-Codes aus Bilddateien lesen, wie es die Kamera tut</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="36"/>
        <source>image file (PNG, JPEG, …)</source>
        <translation>Bilddatei (PNG, JPEG, …)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="43"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="44"/>
        <source>not an image file</source>
        <translation>keine Bilddatei</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="70"/>
        <source>{file}: no QR code found</source>
        <translation>{file}: kein QR-Code gefunden</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="73"/>
        <source>{file}: {code}</source>
        <translation>{file}: {code}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/decode_cmd.py" line="75"/>
        <source>(not a badge code)</source>
        <translation>(kein Badge-Code)</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../checkin/ui/verdict_view.py" line="23"/>
        <source>Checked in at {time} at {desk}</source>
        <translation>Eingecheckt: {time}, Schalter {desk}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/verdict_view.py" line="26"/>
        <source>Override ({refusal}): {reason}</source>
        <translation>Einlass trotz Ablehnung ({refusal}): {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/verdict_view.py" line="29"/>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="179"/>
        <source>Edit participant</source>
        <translation>Teilnehmende Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="180"/>
        <source>The desk note is shown whenever this badge is scanned.</source>
        <translation>Der Schalterhinweis wird bei jedem Scan dieses Namensschilds angezeigt.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="53"/>
        <source>{path} is not an event file</source>
        <translation>{path} ist keine Veranstaltungsdatei</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="54"/>
        <source>There is no event file at {path}</source>
        <translation>Es gibt keine Veranstaltungsdatei unter {path}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="55"/>
        <source>An event file already exists at {path}</source>
        <translation>Unter {path} gibt es bereits eine Veranstaltungsdatei</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="56"/>
        <source>The event file holds no event</source>
        <translation>Die Veranstaltungsdatei enthält keine Veranstaltung</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="57"/>
        <source>Unknown time zone: {timezone}</source>
        <translation>Unbekannte Zeitzone: {timezone}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="58"/>
        <source>The event tag must be {length} digits, not {tag}</source>
        <translation>Die Veranstaltungskennung muss aus {length} Ziffern bestehen, nicht {tag}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="59"/>
        <source>The event ends before it starts</source>
        <translation>Die Veranstaltung endet, bevor sie beginnt</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="60"/>
        <source>Unknown field: {field}</source>
        <translation>Unbekanntes Feld: {field}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="61"/>
        <source>A name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="62"/>
        <source>Unknown language: {language}</source>
        <translation>Unbekannte Sprache: {language}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="63"/>
        <source>Unknown category: {category}</source>
        <translation>Unbekannte Kategorie: {category}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="64"/>
        <source>No participant found for {ref}</source>
        <translation>Keine teilnehmende Person zu {ref} gefunden</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="65"/>
        <source>{ref} matches more than one participant: give more digits</source>
        <translation>{ref} passt zu mehreren Teilnehmenden: Bitte mehr Ziffern angeben</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="66"/>
        <source>No session found for {session}</source>
        <translation>Kein Programmpunkt zu {session} gefunden</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="67"/>
        <source>{session} matches more than one session: use its number</source>
        <translation>{session} passt zu mehreren Programmpunkten: Bitte die Nummer angeben</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="68"/>
        <source>No scan found for {scan}</source>
        <translation>Kein Scan zu {scan} gefunden</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="69"/>
        <source>{scan} matches more than one scan: give more characters</source>
        <translation>{scan} passt zu mehreren Scans: Bitte mehr Zeichen angeben</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="70"/>
        <source>That scan was refused, so there is nothing to undo</source>
        <translation>Dieser Scan wurde abgelehnt, es gibt also nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="71"/>
        <source>That scan was already undone</source>
        <translation>Dieser Scan wurde bereits rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="72"/>
        <source>The translation compiler (lrelease) is missing</source>
        <translation>Der Übersetzungscompiler (lrelease) fehlt</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="73"/>
        <source>Enter a title in at least one language.</source>
        <translation>Geben Sie einen Titel in mindestens einer Sprache ein.</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="74"/>
        <source>Number {number} is already used by another session.</source>
        <translation>Die Nummer {number} ist bereits an einen anderen Programmpunkt vergeben.</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="75"/>
        <source>“{value}” is not a valid session number.</source>
        <translation>„{value}“ ist keine gültige Nummer für einen Programmpunkt.</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="76"/>
        <source>Capacity must be a whole number above zero, or empty for no limit (not “{value}”).</source>
        <translation>Die Zahl der Plätze muss eine ganze Zahl größer als null sein, oder leer für unbegrenzt (nicht „{value}“).</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="77"/>
        <source>The session ends before it starts.</source>
        <translation>Der Programmpunkt endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="78"/>
        <source>The admission window closes before it opens.</source>
        <translation>Das Zeitfenster für den Einlass endet, bevor es beginnt.</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="79"/>
        <source>Unknown kind of session: {value}</source>
        <translation>Unbekannte Art von Programmpunkt: {value}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="80"/>
        <source>The event file {path} cannot be written now (in use or not writable): nothing was recorded, try again</source>
        <translation>Die Veranstaltungsdatei {path} kann gerade nicht geschrieben werden (belegt oder schreibgeschützt): nichts wurde erfasst, bitte erneut versuchen</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="81"/>
        <source>{path} was written by a newer version of checkin: update this laptop first</source>
        <translation>{path} wurde mit einer neueren checkin-Version geschrieben: bitte zuerst diesen Laptop aktualisieren</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="82"/>
        <source>The badge layout {file} cannot be used: {reason}</source>
        <translation>Das Namensschild-Layout {file} ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="83"/>
        <source>There is no badge layout called {name} (there are: {available})</source>
        <translation>Es gibt kein Namensschild-Layout namens {name} (vorhanden: {available})</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="84"/>
        <source>No badges to print</source>
        <translation>Keine Namensschilder zu drucken</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="85"/>
        <source>Name the people whose badges to replace with --participant</source>
        <translation>Nennen Sie mit --participant die Personen, deren Namensschilder ersetzt werden sollen</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="86"/>
        <source>The printer {printer} did not accept the badges: nothing was recorded as printed</source>
        <translation>Der Drucker {printer} hat die Namensschilder nicht angenommen: nichts wurde als gedruckt vermerkt</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="87"/>
        <source>Name the new event file with --db PATH</source>
        <translation>Geben Sie die neue Veranstaltungsdatei mit --db PATH an</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="88"/>
        <source>Not a date (YYYY-MM-DD): {value}</source>
        <translation>Kein Datum (YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="89"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="90"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="91"/>
        <source>{detail} (see --help)</source>
        <translation>{detail} (siehe --help)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="92"/>
        <source>Nothing was imported: the file has {errors} error(s)</source>
        <translation>Nichts wurde importiert: Die Datei enthält {errors} Fehler</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="93"/>
        <source>Unknown export format: {format}</source>
        <translation>Unbekanntes Exportformat: {format}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="94"/>
        <source>Unexpected error ({kind}); details were written to {log}</source>
        <translation>Unerwarteter Fehler ({kind}); Details stehen in {log}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="98"/>
        <source>Error: {code}</source>
        <translation>Fehler: {code}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../checkin/export.py" line="55"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="56"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="57"/>
        <source>Name in Arabic</source>
        <translation>Name auf Arabisch</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="58"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="59"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="60"/>
        <source>Arrival at the venue</source>
        <translation>Ankunft vor Ort</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="61"/>
        <source>First entry</source>
        <translation>Erster Eintritt</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="62"/>
        <source>Last exit</source>
        <translation>Letzter Austritt</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="63"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="64"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="65"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="66"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="67"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="68"/>
        <source>Participant</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="69"/>
        <source>Speaker</source>
        <translation>Referent/in</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="70"/>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="71"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="72"/>
        <source>Interpreter</source>
        <translation>Dolmetscher/in</translation>
    </message>
    <message>
        <location filename="../checkin/export.py" line="73"/>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="160"/>
        <source>Export attendance to</source>
        <translation>Anwesenheit exportieren nach</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="161"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="161"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="195"/>
        <source>Exported {rows} rows to {path}</source>
        <translation>{rows} Zeilen nach {path} exportiert</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="209"/>
        <source>Export attendance</source>
        <translation>Anwesenheit exportieren</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="210"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="211"/>
        <source>&amp;CSV (for Excel)</source>
        <translation>&amp;CSV (für Excel)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="212"/>
        <source>E&amp;xcel workbook (every list on its own sheet)</source>
        <translation>E&amp;xcel-Arbeitsmappe (jede Liste auf einem eigenen Blatt)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="213"/>
        <source>&amp;Content:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="214"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="215"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="216"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="217"/>
        <source>All sessions (attendance matrix)</source>
        <translation>Alle Programmpunkte (Anwesenheitsmatrix)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/export_dialog.py" line="221"/>
        <source>Session {number}: {title}</source>
        <translation>Programmpunkt {number}: {title}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../checkin/cli/imports.py" line="22"/>
        <source>Nothing was imported: {errors} error(s), {warnings} warning(s)</source>
        <translation>Nichts wurde importiert: {errors} Fehler, {warnings} Warnung(en)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/imports.py" line="24"/>
        <source>Dry run, nothing written: would add {added}, update {updated}, leave {unchanged} unchanged; {missing} not in the file</source>
        <translation>Probelauf, nichts gespeichert: {added} würden hinzugefügt, {updated} aktualisiert, {unchanged} unverändert; {missing} nicht in der Datei</translation>
    </message>
    <message>
        <location filename="../checkin/cli/imports.py" line="27"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged; {missing} not in the file</source>
        <translation>Importiert: {added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert; {missing} nicht in der Datei</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="119"/>
        <source>Files of type “{extension}” cannot be imported: use CSV or XLSX</source>
        <translation>Dateien vom Typ „{extension}“ können nicht importiert werden: Verwenden Sie CSV oder XLSX</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="120"/>
        <source>The file {file} does not exist</source>
        <translation>Die Datei {file} existiert nicht</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="121"/>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="122"/>
        <source>The file cannot be read: it is not a valid CSV or Excel file</source>
        <translation>Die Datei kann nicht gelesen werden: keine gültige CSV- oder Excel-Datei</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="123"/>
        <source>No header row found: the first rows must name the columns</source>
        <translation>Keine Kopfzeile gefunden: Die ersten Zeilen müssen die Spalten benennen</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="124"/>
        <source>The file has a header row but no data rows</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="126"/>
        <source>Unknown field “{field}” in the column mapping</source>
        <translation>Unbekanntes Feld „{field}“ in der Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="127"/>
        <source>The mapping names this column for “{field}”, but the file has no such column</source>
        <translation>Die Zuordnung nennt diese Spalte für „{field}“, aber die Datei hat keine solche Spalte</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="128"/>
        <source>Column not recognised; it is ignored</source>
        <translation>Spalte nicht erkannt; sie wird ignoriert</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="129"/>
        <source>A second column for “{field}”; the first one is used</source>
        <translation>Zweite Spalte für „{field}“; die erste wird verwendet</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="131"/>
        <source>No name column found (first name, last name, full name or Arabic name)</source>
        <translation>Keine Namensspalte gefunden (Vorname, Nachname, vollständiger Name oder arabischer Name)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="132"/>
        <source>No name in this row</source>
        <translation>Kein Name in dieser Zeile</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="133"/>
        <source>No session of the programme is called “{value}”</source>
        <translation>Im Programm gibt es keinen Programmpunkt „{value}“</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="134"/>
        <source>“{value}” could be several sessions ({sessions}): write the full title</source>
        <translation>„{value}“ passt zu mehreren Programmpunkten ({sessions}): Geben Sie den vollständigen Titel an</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="135"/>
        <source>Unknown category “{value}”</source>
        <translation>Unbekannte Kategorie „{value}“</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="136"/>
        <source>Registration ID {value} was already used in row {first_row}</source>
        <translation>Die Anmelde-ID {value} wurde bereits in Zeile {first_row} verwendet</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="137"/>
        <source>{name} appears more than once (rows {rows})</source>
        <translation>{name} kommt mehrfach vor (Zeilen {rows})</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="138"/>
        <source>The email address {email} is shared by several people (rows {rows})</source>
        <translation>Die E-Mail-Adresse {email} wird von mehreren Personen verwendet (Zeilen {rows})</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="139"/>
        <source>Unknown language “{value}”; left empty</source>
        <translation>Unbekannte Sprache „{value}“; bleibt leer</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="140"/>
        <source>“{value}” does not look like an email address</source>
        <translation>„{value}“ sieht nicht wie eine E-Mail-Adresse aus</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="141"/>
        <source>“{value}” contains “?”: characters were probably lost when the file was saved; check the spelling</source>
        <translation>„{value}“ enthält „?“: Beim Speichern der Datei gingen wahrscheinlich Zeichen verloren; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="142"/>
        <source>{name} is not in this file (kept, not deleted)</source>
        <translation>{name} ist nicht in dieser Datei (bleibt erhalten, wird nicht gelöscht)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="144"/>
        <source>No title column found</source>
        <translation>Keine Titelspalte gefunden</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="145"/>
        <source>No title in this row</source>
        <translation>Kein Titel in dieser Zeile</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="146"/>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="147"/>
        <source>Session number {value} was already used in row {first_row}</source>
        <translation>Die Nummer {value} wurde bereits in Zeile {first_row} vergeben</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="148"/>
        <source>Unknown kind of session “{value}” (plenary, panel, working group, site visit, social)</source>
        <translation>Unbekannte Art von Programmpunkt „{value}“ (Plenum, Podium, Arbeitsgruppe, Exkursion, Empfang)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="149"/>
        <source>“{value}” is not a date and time (e.g. 2017-11-20 09:00)</source>
        <translation>„{value}“ ist keine Datums- und Zeitangabe (z. B. 2017-11-20 09:00)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="150"/>
        <source>The session ends before it starts</source>
        <translation>Der Programmpunkt endet, bevor er beginnt</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="151"/>
        <source>“{value}” is neither yes nor no</source>
        <translation>„{value}“ ist weder ja noch nein</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="161"/>
        <source>Session {number}</source>
        <translation>Programmpunkt {number}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="166"/>
        <source>Problem: {code}</source>
        <translation>Problem: {code}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="168"/>
        <source>Row {row}, column “{column}”</source>
        <translation>Zeile {row}, Spalte „{column}“</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="170"/>
        <source>Row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="172"/>
        <source>Column “{column}”</source>
        <translation>Spalte „{column}“</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="175"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="175"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="54"/>
        <source>Session number</source>
        <translation>Nummer des Programmpunkts</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="55"/>
        <source>Title (German)</source>
        <translation>Titel (Deutsch)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="56"/>
        <source>Title (English)</source>
        <translation>Titel (Englisch)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="57"/>
        <source>Title (Arabic)</source>
        <translation>Titel (Arabisch)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="58"/>
        <source>Kind of session</source>
        <translation>Art des Programmpunkts</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="59"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="60"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="61"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="62"/>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="63"/>
        <source>Registration required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="67"/>
        <source>Registration ID</source>
        <translation>Anmelde-ID</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="68"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="69"/>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="70"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="71"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="72"/>
        <source>Full name (one column)</source>
        <translation>Vollständiger Name (eine Spalte)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="73"/>
        <source>Name in Arabic</source>
        <translation>Name auf Arabisch</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="74"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="75"/>
        <source>Position in Arabic</source>
        <translation>Funktion auf Arabisch</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="76"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="77"/>
        <source>Organisation in Arabic</source>
        <translation>Organisation auf Arabisch</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="78"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="79"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="80"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="81"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="82"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="83"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="84"/>
        <source>Note for the desk</source>
        <translation>Hinweis für den Schalter</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="81"/>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei auswählen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="82"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx *.xlsm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="133"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="134"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="135"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="136"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_wizard.py" line="137"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../checkin/ui/main_window.py" line="146"/>
        <source>Opening the event…</source>
        <translation>Veranstaltung wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="149"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="150"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="151"/>
        <source>&amp;Open event…</source>
        <translation>Veranstaltung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="152"/>
        <source>&amp;Recent events</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="153"/>
        <source>Save a &amp;backup copy…</source>
        <translation>&amp;Sicherungskopie speichern…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="154"/>
        <source>&amp;Import participants or programme…</source>
        <translation>Teilnehmende oder Programm &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="155"/>
        <source>&amp;Export attendance…</source>
        <translation>Anwesenheit &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="157"/>
        <source>&amp;Print badge</source>
        <translation>Namensschild &amp;drucken</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="158"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="159"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="160"/>
        <source>Check-&amp;in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="160"/>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="160"/>
        <source>P&amp;rogramme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="183"/>
        <source>{title} (demo)</source>
        <translation>{title} (Demo)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="186"/>
        <source>Demo event: the people and scans are made up. Start your own with File › New event.</source>
        <translation>Demo-Veranstaltung: Personen und Scans sind erfunden. Legen Sie Ihre eigene über Datei › Neue Veranstaltung an.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/app.py" line="78"/>
        <location filename="../checkin/ui/main_window.py" line="222"/>
        <source>Cannot open the event</source>
        <translation>Veranstaltung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="237"/>
        <source>Event files (*{suffix})</source>
        <translation>Veranstaltungsdateien (*{suffix})</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="243"/>
        <source>Open event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="263"/>
        <source>Save a backup copy</source>
        <translation>Sicherungskopie speichern</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="269"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/main_window.py" line="272"/>
        <source>Backup saved to {path}</source>
        <translation>Sicherungskopie gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="281"/>
        <source>Check the columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="282"/>
        <source>The first rows of the file, and which column fills which field. Change a field&apos;s column if it was not recognised.</source>
        <translation>Die ersten Zeilen der Datei und welche Spalte welches Feld füllt. Ändern Sie die Spalte eines Feldes, wenn sie nicht erkannt wurde.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="284"/>
        <source>Columns for the fields:</source>
        <translation>Spalten für die Felder:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="288"/>
        <source>{file}: header in row {header}, {rows} data rows.</source>
        <translation>{file}: Kopfzeile in Zeile {header}, {rows} Datenzeilen.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="292"/>
        <source>— not used —</source>
        <translation>— nicht verwendet —</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="294"/>
        <source>Session column {n}</source>
        <translation>Programmpunkt-Spalte {n}</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="57"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="58"/>
        <source>Event file:</source>
        <translation>Veranstaltungsdatei:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="58"/>
        <source>Name (German):</source>
        <translation>Name (Deutsch):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="58"/>
        <source>Name (English):</source>
        <translation>Name (Englisch):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="59"/>
        <source>Name (Arabic):</source>
        <translation>Name (Arabisch):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="59"/>
        <source>Venue:</source>
        <translation>Veranstaltungsort:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="59"/>
        <source>Time zone of the venue:</source>
        <translation>Zeitzone des Veranstaltungsorts:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="60"/>
        <source>First day:</source>
        <translation>Erster Tag:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="60"/>
        <source>Last day:</source>
        <translation>Letzter Tag:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="63"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/new_event_dialog.py" line="71"/>
        <source>New event file</source>
        <translation>Neue Veranstaltungsdatei</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="258"/>
        <source>Add walk-in…</source>
        <translation>Spontananmeldung hinzufügen…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="259"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="261"/>
        <source>Reinstate…</source>
        <translation>Anmeldung reaktivieren…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="261"/>
        <source>Cancel registration…</source>
        <translation>Anmeldung stornieren…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="262"/>
        <source>Replace badge code…</source>
        <translation>Badge-Code ersetzen…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="287"/>
        <source>{name} added. Badge code: {code}</source>
        <translation>{name} hinzugefügt. Badge-Code: {code}</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="307"/>
        <source>{name}: changes saved</source>
        <translation>{name}: Änderungen gespeichert</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="308"/>
        <source>{name}: nothing changed</source>
        <translation>{name}: nichts geändert</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="320"/>
        <source>Cancel registration</source>
        <translation>Anmeldung stornieren</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="321"/>
        <source>Cancel the registration of {name}? Their badge will be refused at the entrance until the registration is reinstated.</source>
        <translation>Möchten Sie die Anmeldung von {name} stornieren? Das Namensschild wird am Eingang abgelehnt, bis die Anmeldung reaktiviert wird.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="324"/>
        <source>Reinstate</source>
        <translation>Anmeldung reaktivieren</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="325"/>
        <source>Reinstate the registration of {name}? Their badge will be admitted again.</source>
        <translation>Möchten Sie die Anmeldung von {name} reaktivieren? Das Namensschild wird dann wieder eingelassen.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="330"/>
        <source>{name}: registration cancelled</source>
        <translation>{name}: Anmeldung storniert</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="331"/>
        <source>{name}: registration reinstated</source>
        <translation>{name}: Anmeldung reaktiviert</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="340"/>
        <source>Give {name} a new badge code? When scanned, the old badge will then be refused as replaced (revoked). Print the new badge afterwards.</source>
        <translation>Möchten Sie {name} einen neuen Badge-Code geben? Das alte Namensschild wird danach beim Scannen als ersetzt (ungültig) abgelehnt. Drucken Sie anschließend das neue Namensschild.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="342"/>
        <source>Replace badge code</source>
        <translation>Badge-Code ersetzen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="347"/>
        <source>{name}: new badge code {code}. The old badge is revoked.</source>
        <translation>{name}: neuer Badge-Code {code}. Das alte Namensschild ist ungültig.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="283"/>
        <source>Arabic name</source>
        <translation>Arabischer Name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="284"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="284"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="285"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="285"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="285"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="286"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="286"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="287"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="287"/>
        <source>Badge code</source>
        <translation>Badge-Code</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="288"/>
        <source>Desk note</source>
        <translation>Schalterhinweis</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="288"/>
        <source>Registered for</source>
        <translation>Angemeldet für</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="292"/>
        <source>Select a participant to see their details and scans.</source>
        <translation>Wählen Sie eine teilnehmende Person aus, um Angaben und Scans zu sehen.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="293"/>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="294"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="294"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="294"/>
        <source>Desk</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="295"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="295"/>
        <source>Remarks</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="316"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="316"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="319"/>
        <source>No session</source>
        <translation>Kein Programmpunkt</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="333"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="336"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="338"/>
        <source>forced: {reason}</source>
        <translation>trotz Ablehnung: {reason}</translation>
    </message>
</context>
<context>
    <name>ParticipantFields</name>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="194"/>
        <source>Registration ID</source>
        <translation>Anmelde-ID</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="195"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="196"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="197"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="198"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="199"/>
        <source>Name in Arabic</source>
        <translation>Name auf Arabisch</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="200"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="201"/>
        <source>Position in Arabic</source>
        <translation>Funktion auf Arabisch</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="202"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="203"/>
        <source>Organisation in Arabic</source>
        <translation>Organisation auf Arabisch</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="204"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="205"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="206"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="207"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="208"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="209"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="210"/>
        <source>Desk note</source>
        <translation>Schalterhinweis</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="155"/>
        <source>No preference</source>
        <translation>Keine Angabe</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="154"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="155"/>
        <source>Arabic name</source>
        <translation>Arabischer Name</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="156"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="157"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="158"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="159"/>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="160"/>
        <source>Badge code</source>
        <translation>Badge-Code</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="192"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_model.py" line="192"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="179"/>
        <source>Search name, organisation, email or code</source>
        <translation>Name, Organisation, E-Mail oder Code suchen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="180"/>
        <source>Type any part of a name (Latin or Arabic), organisation, email or badge code. Ctrl+F: back here; Down or Enter: to the list; Esc: clear.</source>
        <translation>Geben Sie einen beliebigen Teil eines Namens (lateinisch oder arabisch), einer Organisation, E-Mail-Adresse oder eines Badge-Codes ein. Ctrl+F: zurück hierher; Pfeil nach unten oder Enter: zur Liste; Esc: Suche leeren.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="183"/>
        <source>Search participants</source>
        <translation>Teilnehmende suchen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="184"/>
        <source>Show everyone, or only who arrived or not</source>
        <translation>Alle anzeigen oder nur Angekommene bzw. nicht Angekommene</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="185"/>
        <source>Only people registered for this session</source>
        <translation>Nur für diesen Programmpunkt Angemeldete</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="186"/>
        <source>Only people from this country</source>
        <translation>Nur Personen aus diesem Land</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="187"/>
        <source>Only people of this category</source>
        <translation>Nur Personen dieser Kategorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="188"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="188"/>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="189"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="189"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="191"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="213"/>
        <source>Arrived and not arrived</source>
        <translation>Angekommen und nicht angekommen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="214"/>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="214"/>
        <source>Not arrived</source>
        <translation>Nicht angekommen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="215"/>
        <source>All sessions</source>
        <translation>Alle Programmpunkte</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="218"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="220"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="271"/>
        <source>{shown} of {total} participants</source>
        <translation>{shown} von {total} Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participants_screen.py" line="274"/>
        <source>best matches only: type more</source>
        <translation>nur die besten Treffer: bitte mehr eingeben</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../checkin/ui/printing.py" line="138"/>
        <source>Badge preview</source>
        <translation>Namensschild-Vorschau</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="103"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="104"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="105"/>
        <source>open to all</source>
        <translation>offen für alle</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="186"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="186"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="186"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="187"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="187"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="188"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="188"/>
        <source>Present now</source>
        <translation>Jetzt anwesend</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="189"/>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="189"/>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="192"/>
        <source>&amp;Add session…</source>
        <translation>Programmpunkt &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../checkin/ui/programme_screen.py" line="193"/>
        <source>&amp;Edit session…</source>
        <translation>Programmpunkt &amp;bearbeiten…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="402"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../checkin/ui/import_pages.py" line="408"/>
        <source>{file} was imported: {added} new, {updated} updated, {unchanged} unchanged. {missing} in the event but not in the file were kept.</source>
        <translation>{file} wurde importiert: {added} neu, {updated} aktualisiert, {unchanged} unverändert. {missing} Einträge, die in der Veranstaltung, aber nicht in der Datei stehen, bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="240"/>
        <source>New session</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="242"/>
        <source>Edit session {number}</source>
        <translation>Programmpunkt {number} bearbeiten</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="244"/>
        <source>&amp;Number:</source>
        <translation>Nu&amp;mmer:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="244"/>
        <source>Title (&amp;German):</source>
        <translation>Titel (&amp;Deutsch):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="245"/>
        <source>Title (&amp;English):</source>
        <translation>Titel (&amp;Englisch):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="245"/>
        <source>Title (&amp;Arabic):</source>
        <translation>Titel (&amp;Arabisch):</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="246"/>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="246"/>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="246"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="247"/>
        <source>E&amp;nds:</source>
        <translation>E&amp;nde:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="247"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="248"/>
        <source>Re&amp;gistration:</source>
        <translation>Anmeldun&amp;g:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="249"/>
        <source>Ad&amp;mission:</source>
        <translation>E&amp;inlass:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="249"/>
        <source>Admit &amp;from:</source>
        <translation>Einlass &amp;von:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="250"/>
        <source>Admit &amp;until:</source>
        <translation>Einlass bi&amp;s:</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="256"/>
        <source>empty: no limit</source>
        <translation>leer: unbegrenzt</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="257"/>
        <source>Only people registered for it are admitted</source>
        <translation>Nur dafür Angemeldete werden eingelassen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="258"/>
        <source>Only within a time window (off: admit at any time)</source>
        <translation>Nur in einem Zeitfenster (aus: Einlass jederzeit)</translation>
    </message>
    <message>
        <location filename="../checkin/ui/session_dialog.py" line="259"/>
        <source>Times are in the event&apos;s time zone ({zone}).</source>
        <translation>Die Zeiten gelten in der Zeitzone der Veranstaltung ({zone}).</translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="111"/>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="111"/>
        <source>Panel discussion</source>
        <translation>Podiumsdiskussion</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="111"/>
        <source>Working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="112"/>
        <source>Site visit</source>
        <translation>Exkursion</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="112"/>
        <source>Social event</source>
        <translation>Rahmenprogramm</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="30"/>
        <source>Welcome: checked in</source>
        <translation>Willkommen: eingecheckt</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="31"/>
        <source>Checked out</source>
        <translation>Ausgecheckt</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="32"/>
        <source>Not a valid badge code (misread or mistyped)</source>
        <translation>Kein gültiger Badge-Code (falsch gelesen oder vertippt)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="33"/>
        <source>This badge belongs to another event</source>
        <translation>Dieses Namensschild gehört zu einer anderen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="34"/>
        <source>Unknown badge code</source>
        <translation>Unbekannter Badge-Code</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="35"/>
        <source>This badge was replaced: use the new badge</source>
        <translation>Dieses Namensschild wurde ersetzt: Bitte das neue verwenden</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="36"/>
        <source>Registration cancelled</source>
        <translation>Anmeldung storniert</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="37"/>
        <source>Admission to this session is closed</source>
        <translation>Einlass zu diesem Programmpunkt geschlossen</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="38"/>
        <source>Not registered for this session</source>
        <translation>Nicht für diesen Programmpunkt angemeldet</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="39"/>
        <source>Session is full</source>
        <translation>Programmpunkt ist ausgebucht</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="40"/>
        <source>Already checked in</source>
        <translation>Bereits eingecheckt</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="166"/>
        <source>Add a walk-in</source>
        <translation>Spontananmeldung hinzufügen</translation>
    </message>
    <message>
        <location filename="../checkin/ui/participant_dialogs.py" line="167"/>
        <source>A name is enough; the badge code is assigned when you press OK.</source>
        <translation>Ein Name genügt; der Badge-Code wird vergeben, sobald Sie auf OK klicken.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="15"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="16"/>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="17"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="18"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="19"/>
        <source>the following arguments are required: %s</source>
        <translation>diese Angaben fehlen: %s</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="20"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Angaben: %s</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="21"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="22"/>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <location filename="../checkin/cli/argparse_texts.py" line="23"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Angabe %(argument_name)s: %(message)s</translation>
    </message>
</context>
</TS>
