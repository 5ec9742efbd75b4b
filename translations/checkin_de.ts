<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Category</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="90"/>
        <source>Participant</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="90"/>
        <source>Speaker</source>
        <translation>Referent/in</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="90"/>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="91"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="91"/>
        <source>Interpreter</source>
        <translation>Dolmetscher/in</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="91"/>
        <source>Staff</source>
        <translation>Team</translation>
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
        <location filename="../checkin/cli/commands.py" line="206"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="124"/>
        <location filename="../checkin/cli/commands.py" line="206"/>
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
        <location filename="../checkin/cli/commands.py" line="206"/>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="125"/>
        <source>Registration</source>
        <translation>Anmeldepflicht</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="155"/>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="158"/>
        <source>Earlier: {time} at {desk}</source>
        <translation>Zuvor: {time} am Schalter {desk}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="161"/>
        <source>Admitted by override ({refusal}): {reason}</source>
        <translation>Trotz Ablehnung eingelassen ({refusal}): {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="163"/>
        <source>Scan id: {id}</source>
        <translation>Scan-ID: {id}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="173"/>
        <source>Undone: {count} scan(s) annulled</source>
        <translation>Rückgängig gemacht: {count} Scan(s) annulliert</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="187"/>
        <source>Wrote {rows} rows to {path}</source>
        <translation>{rows} Zeilen in {path} geschrieben</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="204"/>
        <source>Arrived: {arrived} of {registered} registered</source>
        <translation>Angekommen: {arrived} von {registered} Angemeldeten</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="206"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="206"/>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../checkin/cli/commands.py" line="206"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="27"/>
        <source>event file (default: the last one used)</source>
        <translation>Veranstaltungsdatei (Standard: die zuletzt verwendete)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="29"/>
        <source>language of messages</source>
        <translation>Sprache der Meldungen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="32"/>
        <source>print results as JSON</source>
        <translation>Ergebnisse als JSON ausgeben</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="40"/>
        <source>a mapping must look like FIELD=COLUMN, not {mapping}</source>
        <translation>eine Zuordnung muss die Form FIELD=COLUMN haben, nicht {mapping}</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="45"/>
        <source>CSV or XLSX file</source>
        <translation>CSV- oder XLSX-Datei</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="47"/>
        <source>check and preview only; write nothing</source>
        <translation>nur prüfen und Vorschau zeigen; nichts speichern</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="49"/>
        <source>use COLUMN of the file for FIELD (repeatable)</source>
        <translation>Spalte COLUMN der Datei für Feld FIELD verwenden (mehrfach möglich)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="55"/>
        <source>Registration desk for conferences: offline, in German, English and Arabic.</source>
        <translation>Anmeldeschalter für Konferenzen: offline, auf Deutsch, Englisch und Arabisch.</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="56"/>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="61"/>
        <source>create a new event file</source>
        <translation>neue Veranstaltungsdatei anlegen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="62"/>
        <source>event name (English)</source>
        <translation>Name der Veranstaltung (Englisch)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="63"/>
        <source>event name in German</source>
        <translation>Name der Veranstaltung auf Deutsch</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="64"/>
        <source>event name in Arabic</source>
        <translation>Name der Veranstaltung auf Arabisch</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="65"/>
        <source>venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="66"/>
        <source>time zone of the venue, e.g. Asia/Hebron</source>
        <translation>Zeitzone des Veranstaltungsorts, z. B. Asia/Hebron</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="67"/>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="68"/>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="69"/>
        <source>event tag in badge codes (4 digits; random if not given)</source>
        <translation>Veranstaltungskennung in den Badge-Codes (4 Ziffern; ohne Angabe zufällig)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="71"/>
        <source>import participants or the programme</source>
        <translation>Teilnehmende oder Programm importieren</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="72"/>
        <location filename="../checkin/cli/parser.py" line="94"/>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="73"/>
        <source>participant list</source>
        <translation>Teilnehmendenliste</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="74"/>
        <source>programme (sessions)</source>
        <translation>Programm (Programmpunkte)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="76"/>
        <source>list participants with their badge codes</source>
        <translation>Teilnehmende mit ihren Badge-Codes auflisten</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="77"/>
        <source>only those matching TEXT</source>
        <translation>nur Treffer für TEXT</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="79"/>
        <source>list the programme&apos;s sessions</source>
        <translation>Programmpunkte auflisten</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="81"/>
        <source>check a badge code in (or out)</source>
        <translation>Badge-Code einchecken (oder auschecken)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="82"/>
        <source>badge code as scanned or typed</source>
        <translation>Badge-Code, gescannt oder eingetippt</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="84"/>
        <source>session number or title (default: arrival at the venue)</source>
        <translation>Nummer oder Titel des Programmpunkts (Standard: Ankunft am Veranstaltungsort)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="85"/>
        <location filename="../checkin/cli/parser.py" line="91"/>
        <source>name of this desk</source>
        <translation>Name dieses Schalters</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="86"/>
        <source>record leaving instead of entering</source>
        <translation>Verlassen statt Betreten erfassen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="87"/>
        <source>admit despite a refusal, giving the reason</source>
        <translation>trotz Ablehnung einlassen, mit Angabe des Grundes</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="89"/>
        <source>undo a scan (it stays in the log, annulled)</source>
        <translation>Scan rückgängig machen (bleibt annulliert im Protokoll)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="90"/>
        <source>id of the scan, or its first 8 characters</source>
        <translation>ID des Scans oder ihre ersten 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="93"/>
        <source>export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="95"/>
        <source>attendance per session and as a matrix</source>
        <translation>Anwesenheit je Programmpunkt und als Matrix</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="96"/>
        <source>file format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="97"/>
        <source>file to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="98"/>
        <source>only this session (CSV)</source>
        <translation>nur dieser Programmpunkt (CSV)</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="100"/>
        <source>arrived / registered, and per session</source>
        <translation>angekommen / angemeldet, und je Programmpunkt</translation>
    </message>
    <message>
        <location filename="../checkin/cli/parser.py" line="101"/>
        <source>create a demo event with a programme and about 300 participants</source>
        <translation>Demo-Veranstaltung mit Programm und etwa 300 Teilnehmenden anlegen</translation>
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
        <source>Name the new event file with --db PATH</source>
        <translation>Geben Sie die neue Veranstaltungsdatei mit --db PATH an</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="74"/>
        <source>Not a date (YYYY-MM-DD): {value}</source>
        <translation>Kein Datum (YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="75"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="76"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="77"/>
        <source>{detail} (see --help)</source>
        <translation>{detail} (siehe --help)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="78"/>
        <source>Nothing was imported: the file has {errors} error(s)</source>
        <translation>Nichts wurde importiert: Die Datei enthält {errors} Fehler</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="79"/>
        <source>Unknown export format: {format}</source>
        <translation>Unbekanntes Exportformat: {format}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="80"/>
        <source>Unexpected error ({kind}); details were written to {log}</source>
        <translation>Unerwarteter Fehler ({kind}); Details stehen in {log}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="84"/>
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
        <location filename="../checkin/i18n/messages.py" line="105"/>
        <source>Files of type “{extension}” cannot be imported: use CSV or XLSX</source>
        <translation>Dateien vom Typ „{extension}“ können nicht importiert werden: Verwenden Sie CSV oder XLSX</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="106"/>
        <source>The file {file} does not exist</source>
        <translation>Die Datei {file} existiert nicht</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="107"/>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="108"/>
        <source>The file cannot be read: it is not a valid CSV or Excel file</source>
        <translation>Die Datei kann nicht gelesen werden: keine gültige CSV- oder Excel-Datei</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="109"/>
        <source>No header row found: the first rows must name the columns</source>
        <translation>Keine Kopfzeile gefunden: Die ersten Zeilen müssen die Spalten benennen</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="110"/>
        <source>The file has a header row but no data rows</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="112"/>
        <source>Unknown field “{field}” in the column mapping</source>
        <translation>Unbekanntes Feld „{field}“ in der Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="113"/>
        <source>The mapping names this column for “{field}”, but the file has no such column</source>
        <translation>Die Zuordnung nennt diese Spalte für „{field}“, aber die Datei hat keine solche Spalte</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="114"/>
        <source>Column not recognised; it is ignored</source>
        <translation>Spalte nicht erkannt; sie wird ignoriert</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="115"/>
        <source>A second column for “{field}”; the first one is used</source>
        <translation>Zweite Spalte für „{field}“; die erste wird verwendet</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="117"/>
        <source>No name column found (first name, last name, full name or Arabic name)</source>
        <translation>Keine Namensspalte gefunden (Vorname, Nachname, vollständiger Name oder arabischer Name)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="118"/>
        <source>No name in this row</source>
        <translation>Kein Name in dieser Zeile</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="119"/>
        <source>No session of the programme is called “{value}”</source>
        <translation>Im Programm gibt es keinen Programmpunkt „{value}“</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="120"/>
        <source>“{value}” could be several sessions ({sessions}): write the full title</source>
        <translation>„{value}“ passt zu mehreren Programmpunkten ({sessions}): Geben Sie den vollständigen Titel an</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="121"/>
        <source>Unknown category “{value}”</source>
        <translation>Unbekannte Kategorie „{value}“</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="122"/>
        <source>Registration ID {value} was already used in row {first_row}</source>
        <translation>Die Anmelde-ID {value} wurde bereits in Zeile {first_row} verwendet</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="123"/>
        <source>{name} appears more than once (rows {rows})</source>
        <translation>{name} kommt mehrfach vor (Zeilen {rows})</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="124"/>
        <source>The email address {email} is shared by several people (rows {rows})</source>
        <translation>Die E-Mail-Adresse {email} wird von mehreren Personen verwendet (Zeilen {rows})</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="125"/>
        <source>Unknown language “{value}”; left empty</source>
        <translation>Unbekannte Sprache „{value}“; bleibt leer</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="126"/>
        <source>“{value}” does not look like an email address</source>
        <translation>„{value}“ sieht nicht wie eine E-Mail-Adresse aus</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="127"/>
        <source>“{value}” contains “?”: characters were probably lost when the file was saved; check the spelling</source>
        <translation>„{value}“ enthält „?“: Beim Speichern der Datei gingen wahrscheinlich Zeichen verloren; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="128"/>
        <source>{name} is not in this file (kept, not deleted)</source>
        <translation>{name} ist nicht in dieser Datei (bleibt erhalten, wird nicht gelöscht)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="130"/>
        <source>No title column found</source>
        <translation>Keine Titelspalte gefunden</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="131"/>
        <source>No title in this row</source>
        <translation>Kein Titel in dieser Zeile</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="132"/>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="133"/>
        <source>Session number {value} was already used in row {first_row}</source>
        <translation>Die Nummer {value} wurde bereits in Zeile {first_row} vergeben</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="134"/>
        <source>Unknown kind of session “{value}” (plenary, panel, working group, site visit, social)</source>
        <translation>Unbekannte Art von Programmpunkt „{value}“ (Plenum, Podium, Arbeitsgruppe, Exkursion, Empfang)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="135"/>
        <source>“{value}” is not a date and time (e.g. 2017-11-20 09:00)</source>
        <translation>„{value}“ ist keine Datums- und Zeitangabe (z. B. 2017-11-20 09:00)</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="136"/>
        <source>The session ends before it starts</source>
        <translation>Der Programmpunkt endet, bevor er beginnt</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="137"/>
        <source>“{value}” is neither yes nor no</source>
        <translation>„{value}“ ist weder ja noch nein</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="147"/>
        <source>Session {number}</source>
        <translation>Programmpunkt {number}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="152"/>
        <source>Problem: {code}</source>
        <translation>Problem: {code}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="154"/>
        <source>Row {row}, column “{column}”</source>
        <translation>Zeile {row}, Spalte „{column}“</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="156"/>
        <source>Row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="158"/>
        <source>Column “{column}”</source>
        <translation>Spalte „{column}“</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="161"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="161"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <location filename="../checkin/i18n/messages.py" line="97"/>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="97"/>
        <source>Panel discussion</source>
        <translation>Podiumsdiskussion</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="97"/>
        <source>Working group</source>
        <translation>Arbeitsgruppe</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="98"/>
        <source>Site visit</source>
        <translation>Exkursion</translation>
    </message>
    <message>
        <location filename="../checkin/i18n/messages.py" line="98"/>
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
