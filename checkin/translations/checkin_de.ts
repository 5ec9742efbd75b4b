<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About checkin</source>
        <translation>Über checkin</translation>
    </message>
    <message>
        <source>An offline registration desk for conferences, in German, English and Arabic.</source>
        <translation>Ein Anmeldeschalter für Konferenzen, der ohne Internet arbeitet, auf Deutsch, Englisch und Arabisch.</translation>
    </message>
    <message>
        <source>Built with Qt {qt} (PySide6 {pyside}) and Python {python}.</source>
        <translation>Erstellt mit Qt {qt} (PySide6 {pyside}) und Python {python}.</translation>
    </message>
    <message>
        <source>checkin is free software under the MIT licence.</source>
        <translation>checkin ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Bundled fonts: Noto Sans, Noto Sans Arabic and Noto Naskh Arabic, under the SIL Open Font License 1.1 (below).</source>
        <translation>Mitgelieferte Schriften: Noto Sans, Noto Sans Arabic und Noto Naskh Arabic, unter der SIL Open Font License 1.1 (unten).</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print badges</source>
        <translation>Badges drucken</translation>
    </message>
    <message>
        <source>The selected person</source>
        <translation>Die ausgewählte Person</translation>
    </message>
    <message>
        <source>Everyone the list shows ({count})</source>
        <translation>Alle in der Liste Gezeigten ({count})</translation>
    </message>
    <message>
        <source>Those shown whose badge is not printed yet ({count})</source>
        <translation>Gezeigte, deren Badge noch nicht gedruckt ist ({count})</translation>
    </message>
    <message>
        <source>Which badges?</source>
        <translation>Welche Badges?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Cam&amp;era:</source>
        <translation>Ka&amp;mera:</translation>
    </message>
    <message>
        <source>Turn camera &amp;off</source>
        <translation>Kamera a&amp;usschalten</translation>
    </message>
    <message>
        <source>Turn camera &amp;on</source>
        <translation>Kamera ei&amp;nschalten</translation>
    </message>
    <message>
        <source>Camera picture, mirrored</source>
        <translation>Kamerabild, gespiegelt</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <source>No camera found. Scan badges with the handheld scanner or type the code.</source>
        <translation>Keine Kamera gefunden. Scannen Sie Namensschilder mit dem Handscanner oder tippen Sie den Code.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet …</translation>
    </message>
    <message>
        <source>Hold the badge&apos;s code up to the camera.</source>
        <translation>Halten Sie den Code des Namensschilds vor die Kamera.</translation>
    </message>
    <message>
        <source>The camera was unplugged. The handheld scanner keeps working.</source>
        <translation>Die Kamera wurde getrennt. Der Handscanner funktioniert weiter.</translation>
    </message>
    <message>
        <source>The camera cannot be used: it may be unplugged or in use by another program. The handheld scanner keeps working.</source>
        <translation>Die Kamera kann nicht verwendet werden: Sie ist vielleicht getrennt oder von einem anderen Programm belegt. Der Handscanner funktioniert weiter.</translation>
    </message>
    <message>
        <source>The camera sends no picture: another program may be using it.</source>
        <translation>Die Kamera liefert kein Bild: Vielleicht verwendet sie ein anderes Programm.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Referent/in</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher/in</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Wrote {count} certificate(s) to {path}</source>
        <translation>{count} Bescheinigung(en) nach {path} geschrieben</translation>
    </message>
    <message>
        <source>No certificate for {count} person(s) who attended no session</source>
        <translation>Keine Bescheinigung für {count} Person(en), die an keinem Programmpunkt teilgenommen haben</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Teilnahmebescheinigungen</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Everyone who attended</source>
        <translation>Alle, die teilgenommen haben</translation>
    </message>
    <message>
        <source>Those the participants list shows ({count})</source>
        <translation>Die in der Teilnehmerliste angezeigten ({count})</translation>
    </message>
    <message>
        <source>The selected person</source>
        <translation>Die ausgewählte Person</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>One PDF file per person (in a folder named like the file)</source>
        <translation>Eine PDF-Datei je Person (in einem Ordner, der wie die Datei heißt)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Who this is about</source>
        <translation>Wen das betrifft</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Nothing has been written yet. This is what the import would do.</source>
        <translation>Es wurde noch nichts gespeichert. Das würde der Import bewirken.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Show who…</source>
        <translation>&amp;Namen anzeigen…</translation>
    </message>
    <message>
        <source>New: {added}   Updated: {updated}   Unchanged: {unchanged}   In the event but not in the file (kept): {missing}</source>
        <translation>Neu: {added}   Aktualisiert: {updated}   Unverändert: {unchanged}   In der Veranstaltung, aber nicht in der Datei (bleiben erhalten): {missing}</translation>
    </message>
    <message>
        <source>{errors} error(s): nothing can be imported until the file or the column choice is corrected.</source>
        <translation>{errors} Fehler: Es kann nichts importiert werden, bis die Datei oder die Spaltenzuordnung korrigiert ist.</translation>
    </message>
    <message>
        <source>No errors. {warnings} warning(s) to read; they do not stop the import.</source>
        <translation>Keine Fehler. Bitte {warnings} Warnung(en) lesen; sie verhindern den Import nicht.</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <source>&amp;Session:</source>
        <translation>Pro&amp;grammpunkt:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>Sc&amp;halter:</translation>
    </message>
    <message>
        <source>En&amp;try</source>
        <translation>Eint&amp;ritt</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>A&amp;ustritt</translation>
    </message>
    <message>
        <source>&amp;Mute sounds</source>
        <translation>Töne stu&amp;mm</translation>
    </message>
    <message>
        <source>Badge &amp;code:</source>
        <translation>Badge-&amp;Code:</translation>
    </message>
    <message>
        <source>Scan or type a badge code, then Enter</source>
        <translation>Badge-Code scannen oder eintippen, dann Enter</translation>
    </message>
    <message>
        <source>C&amp;heck in</source>
        <translation>E&amp;inchecken</translation>
    </message>
    <message>
        <source>&amp;Undo last scan</source>
        <translation>Letzten Scan rüc&amp;kgängig machen</translation>
    </message>
    <message>
        <source>Annuls the last admitted scan (Ctrl+Z)</source>
        <translation>Annulliert den letzten Scan mit Einlass (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Check in &amp;anyway…</source>
        <translation>Trot&amp;zdem einchecken…</translation>
    </message>
    <message>
        <source>Admit despite the refusal, with a reason (Ctrl+Shift+O)</source>
        <translation>Trotz Ablehnung einlassen, mit Angabe eines Grundes (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Letzte Scans</translation>
    </message>
    <message>
        <source>Print &amp;badge</source>
        <translation>Namensschild dr&amp;ucken</translation>
    </message>
    <message>
        <source>Prints the badge of the person shown (Ctrl+P)</source>
        <translation>Druckt das Namensschild der angezeigten Person (Strg+P)</translation>
    </message>
    <message>
        <source>Pre&amp;view badge…</source>
        <translation>Namensschild-&amp;Vorschau …</translation>
    </message>
    <message>
        <source>Print on check-in:</source>
        <translation>Beim Einchecken drucken:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>once, if not yet printed</source>
        <translation>einmal, falls noch nicht gedruckt</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>Badge &amp;layout:</source>
        <translation>Badge-&amp;Layout:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Bereit zum Scannen</translation>
    </message>
    <message>
        <source>Arrival at the venue</source>
        <translation>Ankunft vor Ort</translation>
    </message>
    <message>
        <source>Arrived: {arrived} / {registered}</source>
        <translation>Angekommen: {arrived} / {registered}</translation>
    </message>
    <message>
        <source>In the room: {present} · registered: {booked}</source>
        <translation>Im Raum: {present} · angemeldet: {booked}</translation>
    </message>
    <message>
        <source>places: {capacity}</source>
        <translation>Plätze: {capacity}</translation>
    </message>
    <message>
        <source>{verdict} (undone)</source>
        <translation>{verdict} (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Scan undone</source>
        <translation>Scan rückgängig gemacht</translation>
    </message>
    <message>
        <source>Another badge was scanned meanwhile: scan again to override</source>
        <translation>Inzwischen wurde ein anderes Namensschild gescannt: zum Übersteuern erneut scannen</translation>
    </message>
    <message>
        <source>Check in anyway</source>
        <translation>Trotzdem einchecken</translation>
    </message>
    <message>
        <source>{refusal}. Reason for admitting anyway:</source>
        <translation>{refusal}. Grund für den Einlass trotz Ablehnung:</translation>
    </message>
    <message>
        <source>Badges to the printer: {count}…</source>
        <translation>Badges an den Drucker: {count} …</translation>
    </message>
    <message>
        <source>Badges printed: {count}</source>
        <translation>Badges gedruckt: {count}</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>What do you want to import?</source>
        <translation>Was möchten Sie importieren?</translation>
    </message>
    <message>
        <source>Choose the kind of list and the file (CSV or Excel).</source>
        <translation>Wählen Sie die Art der Liste und die Datei (CSV oder Excel).</translation>
    </message>
    <message>
        <source>&amp;Participant list (registrations)</source>
        <translation>&amp;Teilnehmendenliste (Anmeldungen)</translation>
    </message>
    <message>
        <source>P&amp;rogramme (sessions)</source>
        <translation>&amp;Programm (Programmpunkte)</translation>
    </message>
    <message>
        <source>Import the programme first: participant lists name its sessions.</source>
        <translation>Importieren Sie zuerst das Programm: Teilnehmendenlisten nennen dessen Programmpunkte.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Created event file {db} (badge code tag {tag})</source>
        <translation>Veranstaltungsdatei {db} angelegt (Veranstaltungskennung in den Badge-Codes: {tag})</translation>
    </message>
    <message>
        <source>The demo event is already at {db}</source>
        <translation>Die Demo-Veranstaltung liegt bereits unter {db}</translation>
    </message>
    <message>
        <source>Created the demo event in {db}: {people} participants, {arrived} already arrived</source>
        <translation>Demo-Veranstaltung in {db} angelegt: {people} Teilnehmende, davon {arrived} bereits angekommen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Badge-Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabischer Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Anmeldepflicht</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>Earlier: {time} at {desk}</source>
        <translation>Zuvor: {time} am Schalter {desk}</translation>
    </message>
    <message>
        <source>Admitted by override ({refusal}): {reason}</source>
        <translation>Trotz Ablehnung eingelassen ({refusal}): {reason}</translation>
    </message>
    <message>
        <source>Scan id: {id}</source>
        <translation>Scan-ID: {id}</translation>
    </message>
    <message>
        <source>Undone: {count} scan(s) annulled</source>
        <translation>Rückgängig gemacht: {count} Scan(s) annulliert</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}</source>
        <translation>{rows} Zeilen in {path} geschrieben</translation>
    </message>
    <message>
        <source>Arrived: {arrived} of {registered} registered</source>
        <translation>Angekommen: {arrived} von {registered} Angemeldeten</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>event file (default: the last one used)</source>
        <translation>Veranstaltungsdatei (Standard: die zuletzt verwendete)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>Sprache der Meldungen</translation>
    </message>
    <message>
        <source>print results as JSON</source>
        <translation>Ergebnisse als JSON ausgeben</translation>
    </message>
    <message>
        <source>not a UUID: {value}</source>
        <translation>keine UUID: {value}</translation>
    </message>
    <message>
        <source>a mapping must look like FIELD=COLUMN, not {mapping}</source>
        <translation>eine Zuordnung muss die Form FIELD=COLUMN haben, nicht {mapping}</translation>
    </message>
    <message>
        <source>CSV or XLSX file</source>
        <translation>CSV- oder XLSX-Datei</translation>
    </message>
    <message>
        <source>check and preview only; write nothing</source>
        <translation>nur prüfen und Vorschau zeigen; nichts speichern</translation>
    </message>
    <message>
        <source>use COLUMN of the file for FIELD; FIELD= imports nothing into it (repeatable)</source>
        <translation>Spalte COLUMN der Datei für FIELD verwenden; FIELD= importiert nichts in dieses Feld (mehrfach möglich)</translation>
    </message>
    <message>
        <source>do not import COLUMN of the file (repeatable)</source>
        <translation>Spalte COLUMN der Datei nicht importieren (mehrfach möglich)</translation>
    </message>
    <message>
        <source>the sheet of a workbook to read (default: the one with one row per person)</source>
        <translation>das zu lesende Tabellenblatt einer Arbeitsmappe (Standard: das mit einer Zeile pro Person)</translation>
    </message>
    <message>
        <source>also name the people of this list who are not in the file</source>
        <translation>auch die Personen dieser Liste nennen, die nicht in der Datei stehen</translation>
    </message>
    <message>
        <source>Registration desk for conferences: offline, in German, English and Arabic.</source>
        <translation>Anmeldeschalter für Konferenzen: offline, auf Deutsch, Englisch und Arabisch.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>create a new event file</source>
        <translation>neue Veranstaltungsdatei anlegen</translation>
    </message>
    <message>
        <source>event name (English)</source>
        <translation>Name der Veranstaltung (Englisch)</translation>
    </message>
    <message>
        <source>event name in German</source>
        <translation>Name der Veranstaltung auf Deutsch</translation>
    </message>
    <message>
        <source>event name in Arabic</source>
        <translation>Name der Veranstaltung auf Arabisch</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>time zone of the venue, e.g. Asia/Hebron</source>
        <translation>Zeitzone des Veranstaltungsorts, z. B. Asia/Hebron</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <source>event tag in badge codes (4 digits; random if not given)</source>
        <translation>Veranstaltungskennung in den Badge-Codes (4 Ziffern; ohne Angabe zufällig)</translation>
    </message>
    <message>
        <source>import participants or the programme</source>
        <translation>Teilnehmende oder Programm importieren</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>participant list</source>
        <translation>Teilnehmendenliste</translation>
    </message>
    <message>
        <source>programme (sessions)</source>
        <translation>Programm (Programmpunkte)</translation>
    </message>
    <message>
        <source>list participants with their badge codes</source>
        <translation>Teilnehmende mit ihren Badge-Codes auflisten</translation>
    </message>
    <message>
        <source>only those who do not want to be photographed</source>
        <translation>nur wer nicht fotografiert werden möchte</translation>
    </message>
    <message>
        <source>only those matching TEXT</source>
        <translation>nur Treffer für TEXT</translation>
    </message>
    <message>
        <source>list the programme&apos;s sessions</source>
        <translation>Programmpunkte auflisten</translation>
    </message>
    <message>
        <source>check a badge code in (or out)</source>
        <translation>Badge-Code einchecken (oder auschecken)</translation>
    </message>
    <message>
        <source>badge code as scanned or typed</source>
        <translation>Badge-Code, gescannt oder eingetippt</translation>
    </message>
    <message>
        <source>session number or title (default: arrival at the venue)</source>
        <translation>Nummer oder Titel des Programmpunkts (Standard: Ankunft am Veranstaltungsort)</translation>
    </message>
    <message>
        <source>name of this desk</source>
        <translation>Name dieses Schalters</translation>
    </message>
    <message>
        <source>record leaving instead of entering</source>
        <translation>Verlassen statt Betreten erfassen</translation>
    </message>
    <message>
        <source>admit despite a refusal, giving the reason</source>
        <translation>trotz Ablehnung einlassen, mit Angabe des Grundes</translation>
    </message>
    <message>
        <source>id of this scan attempt: sending it again records the scan once</source>
        <translation>ID dieses Scan-Versuchs: erneut gesendet wird der Scan nur einmal erfasst</translation>
    </message>
    <message>
        <source>undo a scan (it stays in the log, annulled)</source>
        <translation>Scan rückgängig machen (bleibt annulliert im Protokoll)</translation>
    </message>
    <message>
        <source>id of the scan, or its first 8 characters</source>
        <translation>ID des Scans oder ihre ersten 8 Zeichen</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>attendance per session and as a matrix</source>
        <translation>Anwesenheit je Programmpunkt und als Matrix</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>only this session (CSV)</source>
        <translation>nur dieser Programmpunkt (CSV)</translation>
    </message>
    <message>
        <source>arrived / registered, and per session</source>
        <translation>angekommen / angemeldet, und je Programmpunkt</translation>
    </message>
    <message>
        <source>create a demo event with a programme and about 300 participants</source>
        <translation>Demo-Veranstaltung mit Programm und etwa 300 Teilnehmenden anlegen</translation>
    </message>
    <message>
        <source>print badges into a PDF file and record them as printed</source>
        <translation>Namensschilder in eine PDF-Datei drucken und als gedruckt vermerken</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>badge layout: a name from “checkin layouts” or a .json file (default: a6)</source>
        <translation>Namensschild-Layout: ein Name aus „checkin layouts“ oder eine .json-Datei (Standard: a6)</translation>
    </message>
    <message>
        <source>only these people: badge code or the first 8 or more characters of the id</source>
        <translation>nur diese Personen: Badge-Code oder die ersten 8 oder mehr Zeichen der ID</translation>
    </message>
    <message>
        <source>only people whose current badge was never printed</source>
        <translation>nur Personen, deren aktuelles Namensschild noch nie gedruckt wurde</translation>
    </message>
    <message>
        <source>only this category (participant, speaker, organiser, press, interpreter, staff)</source>
        <translation>nur diese Kategorie (participant, speaker, organiser, press, interpreter, staff)</translation>
    </message>
    <message>
        <source>include cancelled registrations (people named with --participant always are)</source>
        <translation>stornierte Anmeldungen einschließen (mit --participant genannte Personen immer)</translation>
    </message>
    <message>
        <source>lost badge: give the people named a new code first (the old one is revoked)</source>
        <translation>verlorenes Namensschild: den genannten Personen zuerst einen neuen Code geben (der alte wird gesperrt)</translation>
    </message>
    <message>
        <source>language on every badge (default: each person&apos;s preferred language, else the language of messages)</source>
        <translation>Sprache auf allen Badges (Standard: die bevorzugte Sprache der Person, sonst die Sprache der Meldungen)</translation>
    </message>
    <message>
        <source>a proof: do not record the badges as printed</source>
        <translation>ein Probedruck: die Namensschilder nicht als gedruckt vermerken</translation>
    </message>
    <message>
        <source>list the badge layouts (shipped and your own)</source>
        <translation>die Namensschild-Layouts auflisten (mitgelieferte und eigene)</translation>
    </message>
    <message>
        <source>No badges to print: nothing written</source>
        <translation>Keine Namensschilder zu drucken: nichts geschrieben</translation>
    </message>
    <message>
        <source>Wrote {badges} badge(s) on {pages} page(s) to {path} (layout {layout})</source>
        <translation>{badges} Namensschild(er) auf {pages} Seite(n) in {path} geschrieben (Layout {layout})</translation>
    </message>
    <message>
        <source>New badge code for {name}: {code} (the old one is revoked)</source>
        <translation>Neuer Badge-Code für {name}: {code} (der alte ist gesperrt)</translation>
    </message>
    <message>
        <source>Not recorded as printed (proof)</source>
        <translation>Nicht als gedruckt vermerkt (Probedruck)</translation>
    </message>
    <message>
        <source>Page (mm)</source>
        <translation>Seite (mm)</translation>
    </message>
    <message>
        <source>Badge (mm)</source>
        <translation>Namensschild (mm)</translation>
    </message>
    <message>
        <source>Per page</source>
        <translation>Pro Seite</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>read badge codes from image files, as the camera would</source>
        <translation>Badge-Codes aus Bilddateien lesen, wie es die Kamera tut</translation>
    </message>
    <message>
        <source>image file (PNG, JPEG, …)</source>
        <translation>Bilddatei (PNG, JPEG, …)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not an image file</source>
        <translation>keine Bilddatei</translation>
    </message>
    <message>
        <source>{file}: no QR code found</source>
        <translation>{file}: kein QR-Code gefunden</translation>
    </message>
    <message>
        <source>{file}: {code}</source>
        <translation>{file}: {code}</translation>
    </message>
    <message>
        <source>(not a badge code)</source>
        <translation>(kein Badge-Code)</translation>
    </message>
    <message>
        <source>signature sheets (PDF) per day, per session, or a grid of a day</source>
        <translation>Unterschriftenlisten (PDF) pro Tag, pro Programmpunkt oder als Raster eines Tages</translation>
    </message>
    <message>
        <source>only this session (number or title)</source>
        <translation>nur dieser Programmpunkt (Nummer oder Titel)</translation>
    </message>
    <message>
        <source>only this day</source>
        <translation>nur dieser Tag</translation>
    </message>
    <message>
        <source>one grid per day: people × the day&apos;s sessions</source>
        <translation>ein Raster pro Tag: Personen × Programmpunkte des Tages</translation>
    </message>
    <message>
        <source>A4 landscape (the grid always is)</source>
        <translation>A4 quer (das Raster ist es immer)</translation>
    </message>
    <message>
        <source>separate lists by country, by category, or none</source>
        <translation>Listen getrennt nach Land, nach Kategorie oder gar nicht</translation>
    </message>
    <message>
        <source>columns, in order</source>
        <translation>Spalten, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>blank rows at the end for walk-ins</source>
        <translation>leere Zeilen am Ende für Nachmeldungen</translation>
    </message>
    <message>
        <source>language of the sheets (default: the language of messages)</source>
        <translation>Sprache der Listen (Standard: die Sprache der Meldungen)</translation>
    </message>
    <message>
        <source>certificates of attendance (PDF), recorded in the register</source>
        <translation>Teilnahmebescheinigungen (PDF), im Register verzeichnet</translation>
    </message>
    <message>
        <source>PDF file to write (a folder with --each)</source>
        <translation>zu schreibende PDF-Datei (ein Ordner mit --each)</translation>
    </message>
    <message>
        <source>certificate layout: de-en, de-ar, or a .json file</source>
        <translation>Layout der Bescheinigung: de-en, de-ar oder eine .json-Datei</translation>
    </message>
    <message>
        <source>one PDF file per person in the folder --out</source>
        <translation>eine PDF-Datei pro Person im Ordner --out</translation>
    </message>
    <message>
        <source>statistics report (PDF) with charts</source>
        <translation>Statistikbericht (PDF) mit Diagrammen</translation>
    </message>
    <message>
        <source>language of the report (default: the language of messages)</source>
        <translation>Sprache des Berichts (Standard: die Sprache der Meldungen)</translation>
    </message>
    <message>
        <source>whose certificate a verification code belongs to, and what it states</source>
        <translation>zu wessen Bescheinigung ein Prüfcode gehört und was sie bescheinigt</translation>
    </message>
    <message>
        <source>verification code printed on the certificate</source>
        <translation>auf der Bescheinigung gedruckter Prüfcode</translation>
    </message>
    <message>
        <source>after the event: remove personal data from the event file</source>
        <translation>nach der Veranstaltung: personenbezogene Daten aus der Veranstaltungsdatei entfernen</translation>
    </message>
    <message>
        <source>keep-evidence: export sheets, register and anonymised log first; everything: keep only counts</source>
        <translation>keep-evidence: zuerst Listen, Register und anonymisiertes Protokoll exportieren; everything: nur Zahlen behalten</translation>
    </message>
    <message>
        <source>list what would be removed; change nothing</source>
        <translation>auflisten, was entfernt würde; nichts ändern</translation>
    </message>
    <message>
        <source>folder for what is kept (default: beside the event file)</source>
        <translation>Ordner für das Aufbewahrte (Standard: neben der Veranstaltungsdatei)</translation>
    </message>
    <message>
        <source>Wrote {sheets} signature sheet(s) on {pages} page(s) to {path}</source>
        <translation>{sheets} Unterschriftenliste(n) auf {pages} Seite(n) nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Wrote {count} certificate(s) to {path}</source>
        <translation>{count} Bescheinigung(en) nach {path} geschrieben</translation>
    </message>
    <message>
        <source>No certificate for {count} person(s) who attended no session</source>
        <translation>Keine Bescheinigung für {count} Person(en), die an keinem Programmpunkt teilgenommen haben</translation>
    </message>
    <message>
        <source>Wrote the statistics report to {path}</source>
        <translation>Statistikbericht nach {path} geschrieben</translation>
    </message>
    <message>
        <source>(name removed when the event file was purged)</source>
        <translation>(Name beim Bereinigen der Veranstaltungsdatei entfernt)</translation>
    </message>
    <message>
        <source>Certificate no. {serial} ({code}), issued {date}, for {name}</source>
        <translation>Bescheinigung Nr. {serial} ({code}), ausgestellt am {date}, für {name}</translation>
    </message>
    <message>
        <source>Attended {sessions} session(s), {hours} of {expected} hours ({percent} %)</source>
        <translation>Teilgenommen an {sessions} Programmpunkt(en), {hours} von {expected} Stunden ({percent} %)</translation>
    </message>
    <message>
        <source>States partial attendance</source>
        <translation>Bescheinigt eine teilweise Teilnahme</translation>
    </message>
    <message>
        <source>A newer certificate was issued to the same person since</source>
        <translation>Seitdem wurde derselben Person eine neuere Bescheinigung ausgestellt</translation>
    </message>
    <message>
        <source>people&apos;s personal data</source>
        <translation>personenbezogene Daten von Personen</translation>
    </message>
    <message>
        <source>registrations for sessions</source>
        <translation>Anmeldungen zu Programmpunkten</translation>
    </message>
    <message>
        <source>badge print log entries</source>
        <translation>Einträge im Druckprotokoll der Namensschilder</translation>
    </message>
    <message>
        <source>replaced badge codes</source>
        <translation>ersetzte Ausweiscodes</translation>
    </message>
    <message>
        <source>certificates in the register</source>
        <translation>Bescheinigungen im Register</translation>
    </message>
    <message>
        <source>names in the certificates&apos; register</source>
        <translation>Namen im Register der Bescheinigungen</translation>
    </message>
    <message>
        <source>badge codes in the scan log</source>
        <translation>Ausweiscodes im Scanprotokoll</translation>
    </message>
    <message>
        <source>override reasons in the scan log</source>
        <translation>Begründungen für Ausnahmen im Scanprotokoll</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. A purge ({profile}) would remove:</source>
        <translation>Probelauf: nichts wurde geändert. Ein Bereinigen ({profile}) würde entfernen:</translation>
    </message>
    <message>
        <source>Purged ({profile}). Removed:</source>
        <translation>Bereinigt ({profile}). Entfernt:</translation>
    </message>
    <message>
        <source>Kept (written first):</source>
        <translation>Aufbewahrt (zuvor geschrieben):</translation>
    </message>
    <message>
        <source>Would write first:</source>
        <translation>Würde zuvor schreiben:</translation>
    </message>
    <message>
        <source>Backup copies holding personal data, deleted too:</source>
        <translation>Sicherungskopien mit personenbezogenen Daten, ebenfalls gelöscht:</translation>
    </message>
    <message>
        <source>run the hub other desks sync with, on this laptop</source>
        <translation>den Hub, mit dem sich die anderen Schalter abgleichen, auf diesem Laptop betreiben</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>start the hub (it keeps running until hub stop) and print the join code</source>
        <translation>den Hub starten (er läuft bis „hub stop“ weiter) und den Beitrittscode ausgeben</translation>
    </message>
    <message>
        <source>address to listen on (default: every local network)</source>
        <translation>Adresse, auf der gelauscht wird (Vorgabe: jedes lokale Netz)</translation>
    </message>
    <message>
        <source>port (default: a free one)</source>
        <translation>Port (Vorgabe: ein freier)</translation>
    </message>
    <message>
        <source>stop the hub</source>
        <translation>den Hub beenden</translation>
    </message>
    <message>
        <source>is the hub running (server and TLS front), and its join code</source>
        <translation>läuft der Hub (Server und TLS-Zugang), und sein Beitrittscode</translation>
    </message>
    <message>
        <source>use an existing PostgreSQL server as this event&apos;s hub and print the join code</source>
        <translation>einen vorhandenen PostgreSQL-Server als Hub dieser Veranstaltung nutzen und den Beitrittscode ausgeben</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DATABASE?sslmode=verify-full (the password is asked for if needed)</source>
        <translation>postgresql://BENUTZER@HOST/DATENBANK?sslmode=verify-full (das Passwort wird bei Bedarf abgefragt)</translation>
    </message>
    <message>
        <source>the hub is an existing server at this postgresql:// URL (not the join code&apos;s address)</source>
        <translation>der Hub ist ein vorhandener Server unter dieser postgresql://-Adresse (nicht der Adresse im Beitrittscode)</translation>
    </message>
    <message>
        <source>make a new event file for this desk from a hub&apos;s join code</source>
        <translation>mit dem Beitrittscode eines Hubs eine neue Veranstaltungsdatei für diesen Schalter anlegen</translation>
    </message>
    <message>
        <source>join code as scanned or typed</source>
        <translation>Beitrittscode, gescannt oder getippt</translation>
    </message>
    <message>
        <source>one sync round with the hub: push, then pull</source>
        <translation>eine Abgleichsrunde mit dem Hub: erst senden, dann holen</translation>
    </message>
    <message>
        <source>sync with this hub from now on (e.g. a new hub after the first was lost)</source>
        <translation>ab jetzt mit diesem Hub abgleichen (z. B. ein neuer Hub, nachdem der erste verloren ging)</translation>
    </message>
    <message>
        <source>edits made at two desks at once, and people admitted twice</source>
        <translation>gleichzeitige Änderungen an zwei Schaltern und doppelt eingelassene Personen</translation>
    </message>
    <message>
        <source>desk data by USB stick</source>
        <translation>Schalterdaten per USB-Stick</translation>
    </message>
    <message>
        <source>write everything this desk holds into a file</source>
        <translation>alles, was dieser Schalter hat, in eine Datei schreiben</translation>
    </message>
    <message>
        <source>merge a desk data file into this event</source>
        <translation>eine Schalterdaten-Datei in diese Veranstaltung übernehmen</translation>
    </message>
    <message>
        <source>desk data file</source>
        <translation>Schalterdaten-Datei</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}; {waiting} waiting to go up; {desks} desks seen</source>
        <translation>{pushed} gesendet, {pulled} empfangen; {waiting} warten auf das Senden; {desks} Schalter gesehen</translation>
    </message>
    <message>
        <source>Password for the hub server: </source>
        <translation>Passwort für den Hub-Server: </translation>
    </message>
    <message>
        <source>Hub running on port {port}. Join code for the other desks:
{code}</source>
        <translation>Hub läuft auf Port {port}. Beitrittscode für die anderen Schalter:
{code}</translation>
    </message>
    <message>
        <source>The server is this event&apos;s hub. Other desks join with its URL and this code:
{code}</source>
        <translation>Der Server ist der Hub dieser Veranstaltung. Andere Schalter treten mit seiner Adresse und diesem Code bei:
{code}</translation>
    </message>
    <message>
        <source>Hub stopped</source>
        <translation>Hub beendet</translation>
    </message>
    <message>
        <source>The hub was not running</source>
        <translation>Der Hub lief nicht</translation>
    </message>
    <message>
        <source>Hub on this laptop: running</source>
        <translation>Hub auf diesem Laptop: läuft</translation>
    </message>
    <message>
        <source>Hub on this laptop: not running</source>
        <translation>Hub auf diesem Laptop: läuft nicht</translation>
    </message>
    <message>
        <source>Server: {server} · TLS front on port {port}: {front}</source>
        <translation>Server: {server} · TLS-Zugang auf Port {port}: {front}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>Beitrittscode: {code}</translation>
    </message>
    <message>
        <source>Hub server: {url}</source>
        <translation>Hub-Server: {url}</translation>
    </message>
    <message>
        <source>Joined: {db}</source>
        <translation>Beigetreten: {db}</translation>
    </message>
    <message>
        <source>{edits} conflicting edits, {twice} people admitted twice</source>
        <translation>{edits} widersprüchliche Änderungen, {twice} Personen doppelt eingelassen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>First desk</source>
        <translation>Erster Schalter</translation>
    </message>
    <message>
        <source>Second desk</source>
        <translation>Zweiter Schalter</translation>
    </message>
    <message>
        <source>Wrote {n} entries to {path}</source>
        <translation>{n} Einträge nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Merged {n} new entries</source>
        <translation>{n} neue Einträge übernommen</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Checked in at {time} at {desk}</source>
        <translation>Eingecheckt: {time}, Schalter {desk}</translation>
    </message>
    <message>
        <source>Override ({refusal}): {reason}</source>
        <translation>Einlass trotz Ablehnung ({refusal}): {reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
</context>
<context>
    <name>DeskData</name>
    <message>
        <source>Desk data (*{suffix})</source>
        <translation>Schalterdaten (*{suffix})</translation>
    </message>
    <message>
        <source>Export desk data</source>
        <translation>Schalterdaten exportieren</translation>
    </message>
    <message>
        <source>Desk data not exported</source>
        <translation>Schalterdaten nicht exportiert</translation>
    </message>
    <message>
        <source>{n} entries of desk data written to {path}</source>
        <translation>{n} Einträge Schalterdaten nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Merge desk data</source>
        <translation>Schalterdaten zusammenführen</translation>
    </message>
    <message>
        <source>Desk data not merged</source>
        <translation>Schalterdaten nicht zusammengeführt</translation>
    </message>
    <message>
        <source>Merged: {n} new entries from {path}</source>
        <translation>Zusammengeführt: {n} neue Einträge aus {path}</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <source>Desk 1</source>
        <translation>Schalter 1</translation>
    </message>
</context>
<context>
    <name>DesksDialog</name>
    <message>
        <source>venue</source>
        <translation>Tagungsort</translation>
    </message>
    <message>
        <source>(this desk)</source>
        <translation>(dieser Schalter)</translation>
    </message>
    <message>
        <source>Desks and conflicts</source>
        <translation>Schalter und Konflikte</translation>
    </message>
    <message>
        <source>Desks seen</source>
        <translation>Gesehene Schalter</translation>
    </message>
    <message>
        <source>Edit conflicts</source>
        <translation>Bearbeitungskonflikte</translation>
    </message>
    <message>
        <source>Seen twice</source>
        <translation>Doppelt eingelassen</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Last contact with the hub</source>
        <translation>Letzter Kontakt mit dem Hub</translation>
    </message>
    <message>
        <source>Newest entry from it</source>
        <translation>Neuester Eintrag von dort</translation>
    </message>
    <message>
        <source>Scans today</source>
        <translation>Scans heute</translation>
    </message>
    <message>
        <source>Person or session</source>
        <translation>Person oder Programmpunkt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Behaltener Wert</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>Eingetragen am Schalter</translation>
    </message>
    <message>
        <source>Value not kept</source>
        <translation>Nicht behaltener Wert</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>First admitted at</source>
        <translation>Zuerst eingelassen an</translation>
    </message>
    <message>
        <source>Admitted again at</source>
        <translation>Erneut eingelassen an</translation>
    </message>
    <message>
        <source>Every desk whose data this desk holds, by the hub or a USB stick.</source>
        <translation>Alle Schalter, deren Daten dieser Schalter hat – über den Hub oder per USB-Stick.</translation>
    </message>
    <message>
        <source>Two desks changed the same field without seeing each other&apos;s change. Every desk keeps the newer value; both are kept in the change log. Check the value and correct it if needed.</source>
        <translation>Zwei Schalter haben dasselbe Feld geändert, ohne die Änderung des anderen zu sehen. Jeder Schalter behält den neueren Wert; beide bleiben im Änderungsprotokoll. Prüfen Sie den Wert und korrigieren Sie ihn bei Bedarf.</translation>
    </message>
    <message>
        <source>Admitted at two desks that could not see each other. Both scans are kept and marked in the exports (column “Seen twice”).</source>
        <translation>An zwei Schaltern eingelassen, die einander nicht sehen konnten. Beide Scans bleiben erhalten und sind in den Exporten markiert (Spalte „Doppelt eingelassen“).</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Teilnehmende Person bearbeiten</translation>
    </message>
    <message>
        <source>The desk note is shown whenever this badge is scanned.</source>
        <translation>Der Schalterhinweis wird bei jedem Scan dieses Namensschilds angezeigt.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>{path} is not an event file</source>
        <translation>{path} ist keine Veranstaltungsdatei</translation>
    </message>
    <message>
        <source>There is no event file at {path}</source>
        <translation>Es gibt keine Veranstaltungsdatei unter {path}</translation>
    </message>
    <message>
        <source>An event file already exists at {path}</source>
        <translation>Unter {path} gibt es bereits eine Veranstaltungsdatei</translation>
    </message>
    <message>
        <source>The event file holds no event</source>
        <translation>Die Veranstaltungsdatei enthält keine Veranstaltung</translation>
    </message>
    <message>
        <source>The hub cannot be reached ({reason}); this desk goes on scanning and syncs later</source>
        <translation>Der Hub ist nicht erreichbar ({reason}); dieser Schalter scannt weiter und gleicht später ab</translation>
    </message>
    <message>
        <source>The hub could not be started: {reason}</source>
        <translation>Der Hub konnte nicht gestartet werden: {reason}</translation>
    </message>
    <message>
        <source>The hub does not accept this join code (wrong secret)</source>
        <translation>Der Hub nimmt diesen Beitrittscode nicht an (falsches Geheimnis)</translation>
    </message>
    <message>
        <source>The hub belongs to another event</source>
        <translation>Der Hub gehört zu einer anderen Veranstaltung</translation>
    </message>
    <message>
        <source>The server is not a checkin hub yet</source>
        <translation>Der Server ist noch kein checkin-Hub</translation>
    </message>
    <message>
        <source>This desk has no hub: start one (hub start) or join one (join)</source>
        <translation>Dieser Schalter hat keinen Hub: einen starten (hub start) oder einem beitreten (join)</translation>
    </message>
    <message>
        <source>Not a valid join code (misread or mistyped)</source>
        <translation>Kein gültiger Beitrittscode (falsch gelesen oder vertippt)</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match the join code: another machine may be posing as the hub. Nothing was sent or changed</source>
        <translation>Das Zertifikat des Hubs passt nicht zum Beitrittscode: Ein anderes Gerät gibt sich womöglich als Hub aus. Nichts wurde gesendet oder geändert</translation>
    </message>
    <message>
        <source>The hub does not offer an encrypted connection: not connected</source>
        <translation>Der Hub bietet keine verschlüsselte Verbindung an: nicht verbunden</translation>
    </message>
    <message>
        <source>This event&apos;s hub is an existing server: give its postgresql:// address</source>
        <translation>Der Hub dieser Veranstaltung ist ein vorhandener Server: Geben Sie seine postgresql://-Adresse an</translation>
    </message>
    <message>
        <source>Not a server address: expected postgresql://USER@HOST/DATABASE</source>
        <translation>Keine Serveradresse: erwartet wird postgresql://BENUTZER@HOST/DATENBANK</translation>
    </message>
    <message>
        <source>The hub server refused the login: password missing or wrong</source>
        <translation>Der Hub-Server hat die Anmeldung abgelehnt: Passwort fehlt oder ist falsch</translation>
    </message>
    <message>
        <source>{path} is not a desk data file</source>
        <translation>{path} ist keine Schalterdaten-Datei</translation>
    </message>
    <message>
        <source>{path} holds desk data of another event</source>
        <translation>{path} enthält Schalterdaten einer anderen Veranstaltung</translation>
    </message>
    <message>
        <source>There is no file at {path}</source>
        <translation>Unter {path} gibt es keine Datei</translation>
    </message>
    <message>
        <source>Unknown time zone: {timezone}</source>
        <translation>Unbekannte Zeitzone: {timezone}</translation>
    </message>
    <message>
        <source>The event tag must be {length} digits, not {tag}</source>
        <translation>Die Veranstaltungskennung muss aus {length} Ziffern bestehen, nicht {tag}</translation>
    </message>
    <message>
        <source>The event ends before it starts</source>
        <translation>Die Veranstaltung endet, bevor sie beginnt</translation>
    </message>
    <message>
        <source>Unknown field: {field}</source>
        <translation>Unbekanntes Feld: {field}</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>Unknown language: {language}</source>
        <translation>Unbekannte Sprache: {language}</translation>
    </message>
    <message>
        <source>Unknown category: {category}</source>
        <translation>Unbekannte Kategorie: {category}</translation>
    </message>
    <message>
        <source>No participant found for {ref}</source>
        <translation>Keine teilnehmende Person zu {ref} gefunden</translation>
    </message>
    <message>
        <source>{ref} matches more than one participant: give more digits</source>
        <translation>{ref} passt zu mehreren Teilnehmenden: Bitte mehr Ziffern angeben</translation>
    </message>
    <message>
        <source>No session found for {session}</source>
        <translation>Kein Programmpunkt zu {session} gefunden</translation>
    </message>
    <message>
        <source>{session} matches more than one session: use its number</source>
        <translation>{session} passt zu mehreren Programmpunkten: Bitte die Nummer angeben</translation>
    </message>
    <message>
        <source>No scan found for {scan}</source>
        <translation>Kein Scan zu {scan} gefunden</translation>
    </message>
    <message>
        <source>{scan} matches more than one scan: give more characters</source>
        <translation>{scan} passt zu mehreren Scans: Bitte mehr Zeichen angeben</translation>
    </message>
    <message>
        <source>That scan was refused, so there is nothing to undo</source>
        <translation>Dieser Scan wurde abgelehnt, es gibt also nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>That scan was already undone</source>
        <translation>Dieser Scan wurde bereits rückgängig gemacht</translation>
    </message>
    <message>
        <source>The translation compiler (lrelease) is missing</source>
        <translation>Der Übersetzungscompiler (lrelease) fehlt</translation>
    </message>
    <message>
        <source>Enter a title in at least one language.</source>
        <translation>Geben Sie einen Titel in mindestens einer Sprache ein.</translation>
    </message>
    <message>
        <source>Number {number} is already used by another session.</source>
        <translation>Die Nummer {number} ist bereits an einen anderen Programmpunkt vergeben.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid session number.</source>
        <translation>„{value}“ ist keine gültige Nummer für einen Programmpunkt.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number above zero, or empty for no limit (not “{value}”).</source>
        <translation>Die Zahl der Plätze muss eine ganze Zahl größer als null sein, oder leer für unbegrenzt (nicht „{value}“).</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>Der Programmpunkt endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The admission window closes before it opens.</source>
        <translation>Das Zeitfenster für den Einlass endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>Unknown kind of session: {value}</source>
        <translation>Unbekannte Art von Programmpunkt: {value}</translation>
    </message>
    <message>
        <source>The event file {path} cannot be written now (in use or not writable): nothing was recorded, try again</source>
        <translation>Die Veranstaltungsdatei {path} kann gerade nicht geschrieben werden (belegt oder schreibgeschützt): nichts wurde erfasst, bitte erneut versuchen</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of checkin: update this laptop first</source>
        <translation>{path} wurde mit einer neueren checkin-Version geschrieben: bitte zuerst diesen Laptop aktualisieren</translation>
    </message>
    <message>
        <source>The badge layout {file} cannot be used: {reason}</source>
        <translation>Das Namensschild-Layout {file} ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>There is no badge layout called {name} (there are: {available})</source>
        <translation>Es gibt kein Namensschild-Layout namens {name} (vorhanden: {available})</translation>
    </message>
    <message>
        <source>No badges to print</source>
        <translation>Keine Namensschilder zu drucken</translation>
    </message>
    <message>
        <source>Name the people whose badges to replace with --participant</source>
        <translation>Nennen Sie mit --participant die Personen, deren Namensschilder ersetzt werden sollen</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the badges: nothing was recorded as printed</source>
        <translation>Der Drucker {printer} hat die Namensschilder nicht angenommen: nichts wurde als gedruckt vermerkt</translation>
    </message>
    <message>
        <source>Name the new event file with --db PATH</source>
        <translation>Geben Sie die neue Veranstaltungsdatei mit --db PATH an</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD): {value}</source>
        <translation>Kein Datum (YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Not written: {path} is an event file (or belongs to one); choose another file name</source>
        <translation>Nicht geschrieben: {path} ist eine Veranstaltungsdatei (oder gehört zu einer); bitte einen anderen Dateinamen wählen</translation>
    </message>
    <message>
        <source>The new badge codes are recorded (the old ones are revoked), but the badges were not written: {reason}. Print them again without --replace</source>
        <translation>Die neuen Badge-Codes sind gespeichert (die alten sind gesperrt), aber die Namensschilder wurden nicht geschrieben: {reason}. Bitte ohne --replace noch einmal drucken</translation>
    </message>
    <message>
        <source>The event file {path} is damaged: nothing can be recorded in it. Open the latest backup copy (File › Open) or a copy from another desk</source>
        <translation>Die Veranstaltungsdatei {path} ist beschädigt: Darin kann nichts erfasst werden. Bitte die letzte Sicherungskopie öffnen (Datei › Öffnen) oder eine Kopie von einem anderen Schalter</translation>
    </message>
    <message>
        <source>The event file {path} is read-only: nothing can be recorded. Copy it to a writable folder on this laptop and open the copy</source>
        <translation>Die Veranstaltungsdatei {path} ist schreibgeschützt: Es kann nichts erfasst werden. Bitte in einen beschreibbaren Ordner auf diesem Laptop kopieren und die Kopie öffnen</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only (e.g. a write-protected USB stick), so {path} cannot be opened for recording. Copy the event file to this laptop and open the copy</source>
        <translation>Der Ordner {folder} ist schreibgeschützt (z. B. ein schreibgeschützter USB-Stick), daher kann {path} nicht zum Erfassen geöffnet werden. Bitte die Veranstaltungsdatei auf diesen Laptop kopieren und die Kopie öffnen</translation>
    </message>
    <message>
        <source>The event file {path} cannot be opened: {reason}</source>
        <translation>Die Veranstaltungsdatei {path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not an event file: give a file name such as {path}/event.checkin</source>
        <translation>{path} ist ein Ordner, keine Veranstaltungsdatei: bitte einen Dateinamen angeben, z. B. {path}/event.checkin</translation>
    </message>
    <message>
        <source>The disk is full ({path}): nothing was written. Free some space or use another drive</source>
        <translation>Der Datenträger ist voll ({path}): Es wurde nichts geschrieben. Bitte Platz schaffen oder ein anderes Laufwerk verwenden</translation>
    </message>
    <message>
        <source>{path} is on a read-only drive: nothing was written</source>
        <translation>{path} liegt auf einem schreibgeschützten Laufwerk: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Too long: {field} may have at most {limit} characters</source>
        <translation>Zu lang: {field} darf höchstens {limit} Zeichen haben</translation>
    </message>
    <message>
        <source>Not written: {path} is a link; choose a plain file name</source>
        <translation>Nicht geschrieben: {path} ist eine Verknüpfung; bitte einen normalen Dateinamen wählen</translation>
    </message>
    <message>
        <source>Not written: {path} is not a plain file (a folder or a device); choose a file name</source>
        <translation>Nicht geschrieben: {path} ist keine normale Datei (ein Ordner oder ein Gerät); bitte einen Dateinamen wählen</translation>
    </message>
    <message>
        <source>{path} is the open event file, not a list to import</source>
        <translation>{path} ist die geöffnete Veranstaltungsdatei, keine Liste zum Importieren</translation>
    </message>
    <message>
        <source>Not recorded: the event file {path} was changed by another program; it has been reopened, scan again</source>
        <translation>Nicht erfasst: Die Veranstaltungsdatei {path} wurde von einem anderen Programm verändert; sie wurde neu geöffnet, bitte erneut scannen</translation>
    </message>
    <message>
        <source>Not recorded: the scan id {nonce} was already used for a different scan</source>
        <translation>Nicht erfasst: Die Scan-Kennung {nonce} wurde schon für einen anderen Scan verwendet</translation>
    </message>
    <message>
        <source>The reason for admitting anyway must have visible characters</source>
        <translation>Der Grund für das Einlassen trotz Ablehnung muss sichtbare Zeichen enthalten</translation>
    </message>
    <message>
        <source>{detail} (see --help)</source>
        <translation>{detail} (siehe --help)</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has {errors} error(s)</source>
        <translation>Nichts wurde importiert: Die Datei enthält {errors} Fehler</translation>
    </message>
    <message>
        <source>Unknown export format: {format}</source>
        <translation>Unbekanntes Exportformat: {format}</translation>
    </message>
    <message>
        <source>No session of the programme is on {day}</source>
        <translation>Am {day} findet kein Programmpunkt statt</translation>
    </message>
    <message>
        <source>The column {column} may not be on a signature sheet (it goes round the room)</source>
        <translation>Die Spalte {column} darf nicht auf einer Unterschriftenliste stehen (sie geht durch den Raum)</translation>
    </message>
    <message>
        <source>Unknown column {column} (there are: {available})</source>
        <translation>Unbekannte Spalte {column} (vorhanden: {available})</translation>
    </message>
    <message>
        <source>{value} is not a verification code (8 letters and digits, e.g. 7K3M-Q9TX)</source>
        <translation>{value} ist kein Prüfcode (8 Buchstaben und Ziffern, z. B. 7K3M-Q9TX)</translation>
    </message>
    <message>
        <source>No certificate with the code {value} was issued from this event file</source>
        <translation>Aus dieser Veranstaltungsdatei wurde keine Bescheinigung mit dem Code {value} ausgestellt</translation>
    </message>
    <message>
        <source>Photo consent must be yes, no or empty, not “{value}”</source>
        <translation>Die Fotoerlaubnis muss ja, nein oder leer sein, nicht „{value}“</translation>
    </message>
    <message>
        <source>Nobody of those asked for attended a session: no certificate written</source>
        <translation>Keine der angefragten Personen hat an einem Programmpunkt teilgenommen: keine Bescheinigung geschrieben</translation>
    </message>
    <message>
        <source>Unknown retention profile {profile} (there are: {available})</source>
        <translation>Unbekanntes Aufbewahrungsprofil {profile} (vorhanden: {available})</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); details were written to {log}</source>
        <translation>Unerwarteter Fehler ({kind}); Details stehen in {log}</translation>
    </message>
    <message>
        <source>Error: {code}</source>
        <translation>Fehler: {code}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Name auf Arabisch</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Arrival at the venue</source>
        <translation>Ankunft vor Ort</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>Erster Eintritt</translation>
    </message>
    <message>
        <source>Last exit</source>
        <translation>Letzter Austritt</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Scan log</source>
        <translation>Scanprotokoll</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Session (empty: venue)</source>
        <translation>Programmpunkt (leer: Veranstaltungsort)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Desk of arrival</source>
        <translation>Schalter der Ankunft</translation>
    </message>
    <message>
        <source>Desk of first entry</source>
        <translation>Schalter des ersten Eintritts</translation>
    </message>
    <message>
        <source>Seen twice</source>
        <translation>Doppelt eingelassen</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>Tagungsort</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Stunden insgesamt</translation>
    </message>
    <message>
        <source>Hours expected</source>
        <translation>Stunden laut Programm</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Gekommen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Referent/in</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher/in</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export attendance to</source>
        <translation>Anwesenheit exportieren nach</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {rows} rows to {path}</source>
        <translation>{rows} Zeilen nach {path} exportiert</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Anwesenheit exportieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;CSV (for Excel)</source>
        <translation>&amp;CSV (für Excel)</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (every list on its own sheet)</source>
        <translation>E&amp;xcel-Arbeitsmappe (jede Liste auf einem eigenen Blatt)</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>All sessions (attendance matrix)</source>
        <translation>Alle Programmpunkte (Anwesenheitsmatrix)</translation>
    </message>
    <message>
        <source>Session {number}: {title}</source>
        <translation>Programmpunkt {number}: {title}</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>checkin: desk guide</source>
        <translation>checkin: Anleitung für den Schalter</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Nothing was imported: {errors} error(s), {warnings} warning(s)</source>
        <translation>Nichts wurde importiert: {errors} Fehler, {warnings} Warnung(en)</translation>
    </message>
    <message>
        <source>Dry run, nothing written: would add {added}, update {updated}, leave {unchanged} unchanged; {missing} not in the file</source>
        <translation>Probelauf, nichts gespeichert: {added} würden hinzugefügt, {updated} aktualisiert, {unchanged} unverändert; {missing} nicht in der Datei</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged; {missing} not in the file</source>
        <translation>Importiert: {added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert; {missing} nicht in der Datei</translation>
    </message>
    <message>
        <source>Files of type “{extension}” cannot be imported: use CSV or XLSX</source>
        <translation>Dateien vom Typ „{extension}“ können nicht importiert werden: Verwenden Sie CSV oder XLSX</translation>
    </message>
    <message>
        <source>The file {file} does not exist</source>
        <translation>Die Datei {file} existiert nicht</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>{path} is the open event file, not a list to import</source>
        <translation>{path} ist die geöffnete Veranstaltungsdatei, keine Liste zum Importieren</translation>
    </message>
    <message>
        <source>The file cannot be read: it is not a valid CSV or Excel file</source>
        <translation>Die Datei kann nicht gelesen werden: keine gültige CSV- oder Excel-Datei</translation>
    </message>
    <message>
        <source>{file} is not a regular file (but a folder, device or pipe): choose a CSV or Excel file</source>
        <translation>{file} ist keine gewöhnliche Datei (sondern ein Ordner, ein Gerät oder eine Pipe): Wählen Sie eine CSV- oder Excel-Datei</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: permission denied (copy it into your own folder, or ask for read access)</source>
        <translation>Die Datei {file} kann nicht gelesen werden: keine Leseberechtigung (kopieren Sie sie in Ihren eigenen Ordner oder lassen Sie sich Lesezugriff geben)</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>Die Datei {file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The file is {size_mb} MB; at most {limit} MB can be imported</source>
        <translation>Die Datei ist {size_mb} MB groß; importiert werden können höchstens {limit} MB</translation>
    </message>
    <message>
        <source>Row {row} has data, but at most {limit} rows can be imported: split the list</source>
        <translation>Zeile {row} enthält Daten, importiert werden können aber höchstens {limit} Zeilen: Teilen Sie die Liste auf</translation>
    </message>
    <message>
        <source>Row {row} has data beyond column {limit}: at most {limit} columns can be imported</source>
        <translation>Zeile {row} enthält Daten jenseits von Spalte {limit}: importiert werden können höchstens {limit} Spalten</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {limit} characters (in a CSV file perhaps a quotation mark that is never closed)</source>
        <translation>Zeile {row} hat eine Zelle mit mehr als {limit} Zeichen (in einer CSV-Datei vielleicht ein Anführungszeichen, das nie geschlossen wird)</translation>
    </message>
    <message>
        <source>The workbook holds a text longer than {limit} characters, more than a cell can hold</source>
        <translation>Die Arbeitsmappe enthält einen Text mit mehr als {limit} Zeichen, mehr als eine Zelle fassen kann</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than {limit} MB: at most {limit} MB can be imported</source>
        <translation>Die Arbeitsmappe ist entpackt größer als {limit} MB: importiert werden können höchstens {limit} MB</translation>
    </message>
    <message>
        <source>The workbook consists of more than {limit} parts: it cannot be imported</source>
        <translation>Die Arbeitsmappe besteht aus mehr als {limit} Teilen und kann nicht importiert werden</translation>
    </message>
    <message>
        <source>The workbook holds more than {limit} different texts: at most {limit} can be imported</source>
        <translation>Die Arbeitsmappe enthält mehr als {limit} verschiedene Texte: importiert werden können höchstens {limit}</translation>
    </message>
    <message>
        <source>The part {part} of the workbook has more than {limit} elements: it cannot be imported</source>
        <translation>Der Teil {part} der Arbeitsmappe hat mehr als {limit} Elemente: Die Arbeitsmappe kann nicht importiert werden</translation>
    </message>
    <message>
        <source>A quotation mark (&quot;) opened in row {row} is never closed: the rest of the file would become one cell</source>
        <translation>Ein Anführungszeichen (&quot;), das in Zeile {row} geöffnet wird, wird nie geschlossen: Der ganze Rest der Datei würde zu einer Zelle</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header only {columns}: the columns have shifted (a value containing “{delimiter}” must be put in quotation marks)</source>
        <translation>Zeile {row} hat {cells} Zellen, die Kopfzeile aber nur {columns}: Die Spalten sind verrutscht (ein Wert, der „{delimiter}“ enthält, muss in Anführungszeichen stehen)</translation>
    </message>
    <message>
        <source>This row is not valid UTF-8 and was read as Windows-1252: check the spelling of its names</source>
        <translation>Diese Zeile ist kein gültiges UTF-8 und wurde als Windows-1252 gelesen: Prüfen Sie die Schreibweise ihrer Namen</translation>
    </message>
    <message>
        <source>No header row found: the first rows must name the columns</source>
        <translation>Keine Kopfzeile gefunden: Die ersten Zeilen müssen die Spalten benennen</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>Unknown field “{field}” in the column mapping</source>
        <translation>Unbekanntes Feld „{field}“ in der Spaltenzuordnung</translation>
    </message>
    <message>
        <source>The mapping names this column for “{field}”, but the file has no such column</source>
        <translation>Die Zuordnung nennt diese Spalte für „{field}“, aber die Datei hat keine solche Spalte</translation>
    </message>
    <message>
        <source>Column not recognised; it is ignored</source>
        <translation>Spalte nicht erkannt; sie wird ignoriert</translation>
    </message>
    <message>
        <source>Also looks like “{field}”, but column “{used}” fits better and is used</source>
        <translation>Sieht auch nach „{field}“ aus, aber Spalte „{used}“ passt besser und wird verwendet</translation>
    </message>
    <message>
        <source>Could be “{field}” just as well as column “{other}”; this one is used: check it, or choose with --map or in the column list</source>
        <translation>Könnte ebenso gut „{field}“ sein wie Spalte „{other}“; diese hier wird verwendet: bitte prüfen, oder mit --map bzw. in der Spaltenliste wählen</translation>
    </message>
    <message>
        <source>There is no such column to leave out</source>
        <translation>Diese Spalte gibt es nicht, sie kann nicht weggelassen werden</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}” (its sheets: {sheets})</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt „{sheet}“ (ihre Blätter: {sheets})</translation>
    </message>
    <message>
        <source>This yes/no column names no session of the programme, so it is not imported (add the session to the programme, or leave the column out with --ignore)</source>
        <translation>Diese Ja/Nein-Spalte nennt keinen Programmpunkt, deshalb wird sie nicht importiert (den Programmpunkt ins Programm aufnehmen oder die Spalte mit --ignore weglassen)</translation>
    </message>
    <message>
        <source>No name column found (first name, last name, full name or Arabic name)</source>
        <translation>Keine Namensspalte gefunden (Vorname, Nachname, vollständiger Name oder arabischer Name)</translation>
    </message>
    <message>
        <source>No name in this row</source>
        <translation>Kein Name in dieser Zeile</translation>
    </message>
    <message>
        <source>No session of the programme is called “{value}”</source>
        <translation>Im Programm gibt es keinen Programmpunkt „{value}“</translation>
    </message>
    <message>
        <source>“{value}” could be several sessions ({sessions}): write the full title</source>
        <translation>„{value}“ passt zu mehreren Programmpunkten ({sessions}): Geben Sie den vollständigen Titel an</translation>
    </message>
    <message>
        <source>Unknown category “{value}”</source>
        <translation>Unbekannte Kategorie „{value}“</translation>
    </message>
    <message>
        <source>Registration ID {value} was already used in row {first_row}</source>
        <translation>Die Anmelde-ID {value} wurde bereits in Zeile {first_row} verwendet</translation>
    </message>
    <message>
        <source>{name} appears more than once (rows {rows})</source>
        <translation>{name} kommt mehrfach vor (Zeilen {rows})</translation>
    </message>
    <message>
        <source>The email address {email} is shared by several people (rows {rows})</source>
        <translation>Die E-Mail-Adresse {email} wird von mehreren Personen verwendet (Zeilen {rows})</translation>
    </message>
    <message>
        <source>Unknown language “{value}”; left empty</source>
        <translation>Unbekannte Sprache „{value}“; bleibt leer</translation>
    </message>
    <message>
        <source>“{value}” does not look like an email address</source>
        <translation>„{value}“ sieht nicht wie eine E-Mail-Adresse aus</translation>
    </message>
    <message>
        <source>“{value}” contains “?”: characters were probably lost when the file was saved; check the spelling</source>
        <translation>„{value}“ enthält „?“: Beim Speichern der Datei gingen wahrscheinlich Zeichen verloren; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>{name} is not in this file (kept, not deleted)</source>
        <translation>{name} ist nicht in dieser Datei (bleibt erhalten, wird nicht gelöscht)</translation>
    </message>
    <message>
        <source>{count} people of this list in the event are not in this file (kept, not deleted)</source>
        <translation>{count} Personen dieser Liste in der Veranstaltung fehlen in dieser Datei (behalten, nicht gelöscht)</translation>
    </message>
    <message>
        <source>No title column found</source>
        <translation>Keine Titelspalte gefunden</translation>
    </message>
    <message>
        <source>No title in this row</source>
        <translation>Kein Titel in dieser Zeile</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>Session number {value} was already used in row {first_row}</source>
        <translation>Die Nummer {value} wurde bereits in Zeile {first_row} vergeben</translation>
    </message>
    <message>
        <source>Unknown kind of session “{value}” (plenary, panel, working group, site visit, social)</source>
        <translation>Unbekannte Art von Programmpunkt „{value}“ (Plenum, Podium, Arbeitsgruppe, Exkursion, Empfang)</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time (e.g. 2017-11-20 09:00)</source>
        <translation>„{value}“ ist keine Datums- und Zeitangabe (z. B. 2017-11-20 09:00)</translation>
    </message>
    <message>
        <source>The session ends before it starts</source>
        <translation>Der Programmpunkt endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no</source>
        <translation>„{value}“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>Recognised: {format}</source>
        <translation>Erkannt: {format}</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” was read (the workbook has: {sheets}; choose another with --sheet)</source>
        <translation>Tabellenblatt „{sheet}“ wurde gelesen (die Arbeitsmappe hat: {sheets}; ein anderes mit --sheet wählen)</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>Column “{column}” → {field} ({why})</source>
        <translation>Spalte „{column}“ → {field} ({why})</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Programmpunkt {number}</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Problem: {code}</source>
        <translation>Problem: {code}</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”</source>
        <translation>Zeile {row}, Spalte „{column}“</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>Column “{column}”</source>
        <translation>Spalte „{column}“</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Session number</source>
        <translation>Nummer des Programmpunkts</translation>
    </message>
    <message>
        <source>Title (German)</source>
        <translation>Titel (Deutsch)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Titel (Englisch)</translation>
    </message>
    <message>
        <source>Title (Arabic)</source>
        <translation>Titel (Arabisch)</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Art des Programmpunkts</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Registration required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>Anmelde-ID</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (one column)</source>
        <translation>Vollständiger Name (eine Spalte)</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Name auf Arabisch</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Position in Arabic</source>
        <translation>Funktion auf Arabisch</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation in Arabic</source>
        <translation>Organisation auf Arabisch</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Note for the desk</source>
        <translation>Hinweis für den Schalter</translation>
    </message>
    <message>
        <source>Session (registers for it)</source>
        <translation>Programmpunkt (meldet dafür an)</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>recognised column of this export</source>
        <translation>bekannte Spalte dieses Exports</translation>
    </message>
    <message>
        <source>this export&apos;s column is not about the person</source>
        <translation>diese Spalte des Exports betrifft nicht die Person</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Spaltenüberschrift</translation>
    </message>
    <message>
        <source>words in the header</source>
        <translation>Wörter in der Spaltenüberschrift</translation>
    </message>
    <message>
        <source>values look like emails</source>
        <translation>Werte sehen wie E-Mail-Adressen aus</translation>
    </message>
    <message>
        <source>values are names in Latin letters</source>
        <translation>Werte sind Namen in lateinischer Schrift</translation>
    </message>
    <message>
        <source>values are names in Arabic script</source>
        <translation>Werte sind Namen in arabischer Schrift</translation>
    </message>
    <message>
        <source>not imported, as you chose</source>
        <translation>nicht importiert, wie von Ihnen gewählt</translation>
    </message>
    <message>
        <source>another column fits better</source>
        <translation>eine andere Spalte passt besser</translation>
    </message>
    <message>
        <source>empty in every row</source>
        <translation>in jeder Zeile leer</translation>
    </message>
    <message>
        <source>a yes/no question about no session of the programme</source>
        <translation>eine Ja/Nein-Frage zu keinem Programmpunkt</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei auswählen</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx *.xlsm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the event…</source>
        <translation>Veranstaltung wird geöffnet …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>Veranstaltung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent events</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation>&amp;Sicherungskopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Import participants or programme…</source>
        <translation>Teilnehmende oder Programm &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export attendance…</source>
        <translation>Anwesenheit &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Print badge</source>
        <translation>Namensschild &amp;drucken</translation>
    </message>
    <message>
        <source>Several &amp;desks…</source>
        <translation>Mehrere Sc&amp;halter…</translation>
    </message>
    <message>
        <source>After the &amp;event</source>
        <translation>Nach der &amp;Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Signature sheets…</source>
        <translation>&amp;Unterschriftenlisten…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Bescheinigungen…</translation>
    </message>
    <message>
        <source>Statistics &amp;report…</source>
        <translation>&amp;Statistikbericht…</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate</source>
        <translation>Bescheinigung &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Purge personal data…</source>
        <translation>Personenbezogene Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>Desks and &amp;conflicts…</source>
        <translation>Schalter und &amp;Konflikte…</translation>
    </message>
    <message>
        <source>E&amp;xport desk data (USB)…</source>
        <translation>Schalterdaten e&amp;xportieren (USB)…</translation>
    </message>
    <message>
        <source>&amp;Merge desk data (USB)…</source>
        <translation>Schalterdaten zusa&amp;mmenführen (USB)…</translation>
    </message>
    <message>
        <source>Desks and conflicts…</source>
        <translation>Schalter und Konflikte…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Desk &amp;guide</source>
        <translation>&amp;Anleitung für den Schalter</translation>
    </message>
    <message>
        <source>&amp;About checkin</source>
        <translation>Ü&amp;ber checkin</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>{title} (demo)</source>
        <translation>{title} (Demo)</translation>
    </message>
    <message>
        <source>Demo event: the people and scans are made up. Start your own with File › New event.</source>
        <translation>Demo-Veranstaltung: Personen und Scans sind erfunden. Legen Sie Ihre eigene über Datei › Neue Veranstaltung an.</translation>
    </message>
    <message>
        <source>New event file for this desk</source>
        <translation>Neue Veranstaltungsdatei für diesen Schalter</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>Veranstaltung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Event files (*{suffix})</source>
        <translation>Veranstaltungsdateien (*{suffix})</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Sicherungskopie speichern</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Sicherungskopie gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <source>The first rows of the file, and which column fills which field. Change a field&apos;s column if it was not recognised.</source>
        <translation>Die ersten Zeilen der Datei und welche Spalte welches Feld füllt. Ändern Sie die Spalte eines Feldes, wenn sie nicht erkannt wurde.</translation>
    </message>
    <message>
        <source>⚠ conflict with “{other}”: {why}</source>
        <translation>⚠ Konflikt mit „{other}“: {why}</translation>
    </message>
    <message>
        <source>{why}: “{other}”</source>
        <translation>{why}: „{other}“</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>As imported</source>
        <translation>So wird importiert</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>{file}: header in row {header}, {rows} data rows.</source>
        <translation>{file}: Kopfzeile in Zeile {header}, {rows} Datenzeilen.</translation>
    </message>
    <message>
        <source>Recognised: {format}.</source>
        <translation>Erkannt: {format}.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” was chosen: it has one row per person.</source>
        <translation>Tabellenblatt „{sheet}“ wurde gewählt: Es hat eine Zeile pro Person.</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— nicht verwendet —</translation>
    </message>
    <message>
        <source>Session column {n}</source>
        <translation>Programmpunkt-Spalte {n}</translation>
    </message>
</context>
<context>
    <name>NameLookup</name>
    <message>
        <source>Find by &amp;name:</source>
        <translation>Nach &amp;Name suchen:</translation>
    </message>
    <message>
        <source>Name, organisation or email (Ctrl+F)</source>
        <translation>Name, Organisation oder E-Mail (Strg+F)</translation>
    </message>
    <message>
        <source>registration cancelled</source>
        <translation>Anmeldung storniert</translation>
    </message>
    <message>
        <source>✔ arrived {time}</source>
        <translation>✔ angekommen {time}</translation>
    </message>
    <message>
        <source>not arrived yet</source>
        <translation>noch nicht angekommen</translation>
    </message>
    <message>
        <source>⚠ same name twice: {entry}</source>
        <translation>⚠ Name doppelt: {entry}</translation>
    </message>
    <message>
        <source>{count} people match. Which one? Choose with ↑ ↓ and press Enter.</source>
        <translation>{count} Personen passen. Welche? Mit ↑ ↓ wählen und Enter drücken.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Event file:</source>
        <translation>Veranstaltungsdatei:</translation>
    </message>
    <message>
        <source>Name (German):</source>
        <translation>Name (Deutsch):</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>Name (Englisch):</translation>
    </message>
    <message>
        <source>Name (Arabic):</source>
        <translation>Name (Arabisch):</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Veranstaltungsort:</translation>
    </message>
    <message>
        <source>Time zone of the venue:</source>
        <translation>Zeitzone des Veranstaltungsorts:</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>Erster Tag:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Letzter Tag:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>New event file</source>
        <translation>Neue Veranstaltungsdatei</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Gekommen</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Vor Ort nachgemeldet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Nach Land</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Per type of organisation</source>
        <translation>Nach Art der Organisation</translation>
    </message>
    <message>
        <source>Arrivals per 15 minutes</source>
        <translation>Ankünfte je Viertelstunde</translation>
    </message>
    <message>
        <source>Sessions: registered, present, places</source>
        <translation>Programmpunkte: angemeldet, anwesend, Plätze</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Andere Organisation</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Ohne Organisation</translation>
    </message>
    <message>
        <source>(name removed when the event file was purged)</source>
        <translation>(Name beim Bereinigen der Veranstaltungsdatei entfernt)</translation>
    </message>
    <message>
        <source>Certificate no. {serial}, issued {date}, for {name}: {sessions} session(s), {hours} hours ({percent} %)</source>
        <translation>Bescheinigung Nr. {serial}, ausgestellt am {date}, für {name}: {sessions} Programmpunkt(e), {hours} Stunden ({percent} %)</translation>
    </message>
    <message>
        <source>partial attendance</source>
        <translation>teilweise Teilnahme</translation>
    </message>
    <message>
        <source>a newer certificate was issued since</source>
        <translation>seitdem wurde eine neuere Bescheinigung ausgestellt</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Country / category / organisation</source>
        <translation>Land / Kategorie / Organisation</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate:</source>
        <translation>Bescheinigung &amp;prüfen:</translation>
    </message>
    <message>
        <source>verification code, e.g. 7K3M-Q9TX</source>
        <translation>Prüfcode, z. B. 7K3M-Q9TX</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <source>Add walk-in…</source>
        <translation>Spontananmeldung hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation>Anmeldung reaktivieren…</translation>
    </message>
    <message>
        <source>Cancel registration…</source>
        <translation>Anmeldung stornieren…</translation>
    </message>
    <message>
        <source>Replace badge code…</source>
        <translation>Badge-Code ersetzen…</translation>
    </message>
    <message>
        <source>{name} added. Badge code: {code}</source>
        <translation>{name} hinzugefügt. Badge-Code: {code}</translation>
    </message>
    <message>
        <source>{name} added and checked in. Badge code: {code}</source>
        <translation>{name} hinzugefügt und eingecheckt. Badge-Code: {code}</translation>
    </message>
    <message>
        <source>{name}: changes saved</source>
        <translation>{name}: Änderungen gespeichert</translation>
    </message>
    <message>
        <source>{name}: nothing changed</source>
        <translation>{name}: nichts geändert</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Anmeldung stornieren</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}? Their badge will be refused at the entrance until the registration is reinstated.</source>
        <translation>Möchten Sie die Anmeldung von {name} stornieren? Das Namensschild wird am Eingang abgelehnt, bis die Anmeldung reaktiviert wird.</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Anmeldung reaktivieren</translation>
    </message>
    <message>
        <source>Reinstate the registration of {name}? Their badge will be admitted again.</source>
        <translation>Möchten Sie die Anmeldung von {name} reaktivieren? Das Namensschild wird dann wieder eingelassen.</translation>
    </message>
    <message>
        <source>{name}: registration cancelled</source>
        <translation>{name}: Anmeldung storniert</translation>
    </message>
    <message>
        <source>{name}: registration reinstated</source>
        <translation>{name}: Anmeldung reaktiviert</translation>
    </message>
    <message>
        <source>Give {name} a new badge code? When scanned, the old badge will then be refused as replaced (revoked). Print the new badge afterwards.</source>
        <translation>Möchten Sie {name} einen neuen Badge-Code geben? Das alte Namensschild wird danach beim Scannen als ersetzt (ungültig) abgelehnt. Drucken Sie anschließend das neue Namensschild.</translation>
    </message>
    <message>
        <source>Replace badge code</source>
        <translation>Badge-Code ersetzen</translation>
    </message>
    <message>
        <source>{name}: new badge code {code}. The old badge is revoked.</source>
        <translation>{name}: neuer Badge-Code {code}. Das alte Namensschild ist ungültig.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabischer Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Badge-Code</translation>
    </message>
    <message>
        <source>Desk note</source>
        <translation>Schalterhinweis</translation>
    </message>
    <message>
        <source>Registered for</source>
        <translation>Angemeldet für</translation>
    </message>
    <message>
        <source>Select a participant to see their details and scans.</source>
        <translation>Wählen Sie eine teilnehmende Person aus, um Angaben und Scans zu sehen.</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Kein Programmpunkt</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>forced: {reason}</source>
        <translation>trotz Ablehnung: {reason}</translation>
    </message>
</context>
<context>
    <name>ParticipantFields</name>
    <message>
        <source>Registration ID</source>
        <translation>Anmelde-ID</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Name auf Arabisch</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Position in Arabic</source>
        <translation>Funktion auf Arabisch</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation in Arabic</source>
        <translation>Organisation auf Arabisch</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Desk note</source>
        <translation>Schalterhinweis</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>No preference</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>Yes, photos allowed</source>
        <translation>Ja, Fotos erlaubt</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Keine Fotos</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabischer Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Badge-Code</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <source>Search name, organisation, email or code</source>
        <translation>Name, Organisation, E-Mail oder Code suchen</translation>
    </message>
    <message>
        <source>Type any part of a name (Latin or Arabic), organisation, email or badge code. Ctrl+F: back here; Down or Enter: to the list; Esc: clear.</source>
        <translation>Geben Sie einen beliebigen Teil eines Namens (lateinisch oder arabisch), einer Organisation, E-Mail-Adresse oder eines Badge-Codes ein. Ctrl+F: zurück hierher; Pfeil nach unten oder Enter: zur Liste; Esc: Suche leeren.</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Teilnehmende suchen</translation>
    </message>
    <message>
        <source>Show everyone, or only who arrived or not</source>
        <translation>Alle anzeigen oder nur Angekommene bzw. nicht Angekommene</translation>
    </message>
    <message>
        <source>Only people registered for this session</source>
        <translation>Nur für diesen Programmpunkt Angemeldete</translation>
    </message>
    <message>
        <source>Only people from this country</source>
        <translation>Nur Personen aus diesem Land</translation>
    </message>
    <message>
        <source>Only people of this category</source>
        <translation>Nur Personen dieser Kategorie</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>Badges drucken …</translation>
    </message>
    <message>
        <source>Arrived and not arrived</source>
        <translation>Angekommen und nicht angekommen</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>Nicht angekommen</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Programmpunkte</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>{shown} of {total} participants</source>
        <translation>{shown} von {total} Teilnehmenden</translation>
    </message>
    <message>
        <source>best matches only: type more</source>
        <translation>nur die besten Treffer: bitte mehr eingeben</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Badge preview</source>
        <translation>Namensschild-Vorschau</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>open to all</source>
        <translation>offen für alle</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Present now</source>
        <translation>Jetzt anwesend</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Add session…</source>
        <translation>Programmpunkt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>Programmpunkt &amp;bearbeiten…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Jetzt löschen</translation>
    </message>
    <message>
        <source>Remove the personal data of {count} people from {file}? This cannot be undone. What is kept is written to {folder} first.</source>
        <translation>Die personenbezogenen Daten von {count} Personen aus {file} entfernen? Das lässt sich nicht rückgängig machen. Was aufbewahrt wird, wird vorher nach {folder} geschrieben.</translation>
    </message>
    <message>
        <source>The personal data was removed.</source>
        <translation>Die personenbezogenen Daten wurden entfernt.</translation>
    </message>
    <message>
        <source>After the event: remove names, e-mails, badge codes and notes from the event file. Show what will be removed first; then purge.</source>
        <translation>Nach der Veranstaltung: Namen, E-Mail-Adressen, Badge-Codes und Notizen aus der Veranstaltungsdatei entfernen. Zuerst anzeigen, was entfernt wird, dann löschen.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Aufbewahren:</translation>
    </message>
    <message>
        <source>The evidence (signature sheets, certificates&apos; register, anonymised scan log)</source>
        <translation>Die Nachweise (Unterschriftenlisten, Register der Bescheinigungen, anonymisiertes Scan-Protokoll)</translation>
    </message>
    <message>
        <source>Nothing personal (only the counts)</source>
        <translation>Nichts Personenbezogenes (nur die Zahlen)</translation>
    </message>
    <message>
        <source>&amp;Folder for what is kept:</source>
        <translation>&amp;Ordner für das Aufbewahrte:</translation>
    </message>
    <message>
        <source>&amp;Show what will be removed</source>
        <translation>&amp;Anzeigen, was entfernt wird</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Wrote the statistics report to {path}</source>
        <translation>Statistikbericht nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Statistikbericht</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>{file} was imported: {added} new, {updated} updated, {unchanged} unchanged. {missing} in the event but not in the file were kept.</source>
        <translation>{file} wurde importiert: {added} neu, {updated} aktualisiert, {unchanged} unverändert. {missing} Einträge, die in der Veranstaltung, aber nicht in der Datei stehen, bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <source>Edit session {number}</source>
        <translation>Programmpunkt {number} bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Nu&amp;mmer:</translation>
    </message>
    <message>
        <source>Title (&amp;German):</source>
        <translation>Titel (&amp;Deutsch):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Titel (&amp;Englisch):</translation>
    </message>
    <message>
        <source>Title (&amp;Arabic):</source>
        <translation>Titel (&amp;Arabisch):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>E&amp;nde:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <source>Re&amp;gistration:</source>
        <translation>Anmeldun&amp;g:</translation>
    </message>
    <message>
        <source>Ad&amp;mission:</source>
        <translation>E&amp;inlass:</translation>
    </message>
    <message>
        <source>Admit &amp;from:</source>
        <translation>Einlass &amp;von:</translation>
    </message>
    <message>
        <source>Admit &amp;until:</source>
        <translation>Einlass bi&amp;s:</translation>
    </message>
    <message>
        <source>empty: no limit</source>
        <translation>leer: unbegrenzt</translation>
    </message>
    <message>
        <source>Only people registered for it are admitted</source>
        <translation>Nur dafür Angemeldete werden eingelassen</translation>
    </message>
    <message>
        <source>Only within a time window (off: admit at any time)</source>
        <translation>Nur in einem Zeitfenster (aus: Einlass jederzeit)</translation>
    </message>
    <message>
        <source>Times are in the event&apos;s time zone ({zone}).</source>
        <translation>Die Zeiten gelten in der Zeitzone der Veranstaltung ({zone}).</translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <source>Panel discussion</source>
        <translation>Podiumsdiskussion</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Exkursion</translation>
    </message>
    <message>
        <source>Social event</source>
        <translation>Rahmenprogramm</translation>
    </message>
</context>
<context>
    <name>SeveralDesksDialog</name>
    <message>
        <source>Several desks</source>
        <translation>Mehrere Schalter</translation>
    </message>
    <message>
        <source>This laptop is the hub</source>
        <translation>Dieser Laptop ist der Hub</translation>
    </message>
    <message>
        <source>Start the hub and show the join code</source>
        <translation>Hub starten und Beitrittscode zeigen</translation>
    </message>
    <message>
        <source>Join another desk&apos;s hub: scan or type its join code</source>
        <translation>Dem Hub eines anderen Schalters beitreten: Beitrittscode scannen oder tippen</translation>
    </message>
    <message>
        <source>Join…</source>
        <translation>Beitreten …</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Beitrittscode</translation>
    </message>
    <message>
        <source>Or an existing server (e.g. the organisers&apos; IT)</source>
        <translation>Oder ein vorhandener Server (z. B. der IT der Veranstalter)</translation>
    </message>
    <message>
        <source>Password (if not in the address)</source>
        <translation>Passwort (falls nicht in der Adresse)</translation>
    </message>
    <message>
        <source>Use this server as the hub</source>
        <translation>Diesen Server als Hub nutzen</translation>
    </message>
    <message>
        <source>Desks that join this event enter the same address beside the join code. Ask for sslmode=verify-full: the connection is then encrypted and the server&apos;s certificate checked.</source>
        <translation>Schalter, die dieser Veranstaltung beitreten, geben neben dem Beitrittscode dieselbe Adresse ein. Verlangen Sie sslmode=verify-full: Dann ist die Verbindung verschlüsselt und das Zertifikat des Servers wird geprüft.</translation>
    </message>
    <message>
        <source>Starting the hub…</source>
        <translation>Hub wird gestartet …</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <source>The hub is running. Other desks scan this code.</source>
        <translation>Der Hub läuft. Die anderen Schalter scannen diesen Code.</translation>
    </message>
    <message>
        <source>The server is this event&apos;s hub. Other desks scan this code and enter the server&apos;s address.</source>
        <translation>Der Server ist der Hub dieser Veranstaltung. Andere Schalter scannen diesen Code und geben die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Joining: fetching the event from the hub…</source>
        <translation>Beitritt: die Veranstaltung wird vom Hub geholt …</translation>
    </message>
</context>
<context>
    <name>SheetsDialog</name>
    <message>
        <source>Wrote {sheets} signature sheet(s) on {pages} page(s) to {path}</source>
        <translation>{sheets} Unterschriftenliste(n) auf {pages} Seite(n) nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Signature sheets</source>
        <translation>Unterschriftenlisten</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>&amp;Listen:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Se&amp;ssion:</source>
        <translation>&amp;Programmpunkt:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Blank &amp;rows for walk-ins:</source>
        <translation>Leer&amp;zeilen für Nachmeldungen vor Ort:</translation>
    </message>
    <message>
        <source>Every day, and each session of it</source>
        <translation>Jeder Tag und jeder seiner Programmpunkte</translation>
    </message>
    <message>
        <source>One day (the venue)</source>
        <translation>Ein Tag (Veranstaltungsort)</translation>
    </message>
    <message>
        <source>One session</source>
        <translation>Ein Programmpunkt</translation>
    </message>
    <message>
        <source>Grid of a day: people × sessions</source>
        <translation>Raster eines Tages: Personen × Programmpunkte</translation>
    </message>
    <message>
        <source>Country (e.g. Germany / Palestine)</source>
        <translation>Land (z. B. Deutschland / Palästina)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 hoch</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Several desks: connecting to the hub…</source>
        <translation>Mehrere Schalter: Verbindung zum Hub wird aufgebaut …</translation>
    </message>
    <message>
        <source>Hub online · {waiting} waiting to go up · last contact {at} · {desks} desks</source>
        <translation>Hub erreichbar · {waiting} warten auf das Senden · letzter Kontakt {at} · {desks} Schalter</translation>
    </message>
    <message>
        <source>Hub unreachable: this desk goes on scanning · {waiting} waiting to go up · last contact {at}</source>
        <translation>Hub nicht erreichbar: dieser Schalter scannt weiter · {waiting} warten auf das Senden · letzter Kontakt {at}</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Welcome: checked in</source>
        <translation>Willkommen: eingecheckt</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Ausgecheckt</translation>
    </message>
    <message>
        <source>Not a valid badge code (misread or mistyped)</source>
        <translation>Kein gültiger Badge-Code (falsch gelesen oder vertippt)</translation>
    </message>
    <message>
        <source>This badge belongs to another event</source>
        <translation>Dieses Namensschild gehört zu einer anderen Veranstaltung</translation>
    </message>
    <message>
        <source>Unknown badge code</source>
        <translation>Unbekannter Badge-Code</translation>
    </message>
    <message>
        <source>This badge was replaced: use the new badge</source>
        <translation>Dieses Namensschild wurde ersetzt: Bitte das neue verwenden</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>Anmeldung storniert</translation>
    </message>
    <message>
        <source>Admission to this session is closed</source>
        <translation>Einlass zu diesem Programmpunkt geschlossen</translation>
    </message>
    <message>
        <source>Not registered for this session</source>
        <translation>Nicht für diesen Programmpunkt angemeldet</translation>
    </message>
    <message>
        <source>Session is full</source>
        <translation>Programmpunkt ist ausgebucht</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Bereits eingecheckt</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Add a walk-in</source>
        <translation>Spontananmeldung hinzufügen</translation>
    </message>
    <message>
        <source>A name is enough; the badge code is assigned when you press OK.</source>
        <translation>Ein Name genügt; der Badge-Code wird vergeben, sobald Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Check in &amp;now (untick to pre-register)</source>
        <translation>&amp;Jetzt einchecken (abwählen für Voranmeldung)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Angaben fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Angaben: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Angabe %(argument_name)s: %(message)s</translation>
    </message>
</context>
</TS>
