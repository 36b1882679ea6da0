<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Unknot is a guide for looking after yourself, not medical advice. When something worries you, ask a doctor or physiotherapist.</source>
            <translation>Unknot hilft dir, gut für dich zu sorgen, ist aber keine medizinische Beratung. Wenn dich etwas beunruhigt, frag eine Ärztin, einen Arzt oder deine Physiotherapie.</translation>
        </message>
        <message>
            <source>Everything stays on this computer: Unknot sends nothing anywhere.</source>
            <translation>Alles bleibt auf diesem Computer: Unknot sendet nichts irgendwohin.</translation>
        </message>
        <message>
            <source>Your history:</source>
            <translation>Dein Verlauf:</translation>
        </message>
        <message>
            <source>Your settings:</source>
            <translation>Deine Einstellungen:</translation>
        </message>
        <message>
            <source>Where your data is</source>
            <translation>Wo deine Daten liegen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>&amp;Open data folder</source>
            <translation>Daten&amp;ordner öffnen</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Datenordner öffnen</translation>
        </message>
        <message>
            <source>Folder not opened</source>
            <translation>Ordner nicht geöffnet</translation>
        </message>
        <message>
            <source>The folder is made when the history is first saved.</source>
            <translation>Der Ordner wird angelegt, sobald der Verlauf zum ersten Mal gespeichert wird.</translation>
        </message>
        <message>
            <source>No file manager opened the data folder. Its path, to copy: {path}</source>
            <translation>Kein Dateimanager hat den Datenordner geöffnet. Sein Pfad zum Kopieren: {path}</translation>
        </message>
        <message>
            <source>About Unknot</source>
            <translation>Über Unknot</translation>
        </message>
        <message>
            <source>Unknot icon</source>
            <translation>Unknot-Symbol</translation>
        </message>
        <message>
            <source>Unknot version {version}</source>
            <translation>Unknot Version {version}</translation>
        </message>
        <message>
            <source>A coach for self myofascial release at home.</source>
            <translation>Eine Anleitung für myofasziale Selbstbehandlung zu Hause.</translation>
        </message>
        <message>
            <source>Not medical advice</source>
            <translation>Keine medizinische Beratung</translation>
        </message>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later.</source>
            <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
        </message>
        <message>
            <source>Where is my data?</source>
            <translation>Wo sind meine Daten?</translation>
        </message>
        <message>
            <source>Backups and exports go wherever you save them. A backup is the one file to keep if you move to another computer.</source>
            <translation>Sicherungen und Exporte landen dort, wo du sie speicherst. Eine Sicherung ist die eine Datei, die du brauchst, wenn du auf einen anderen Computer umziehst.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The history folder {folder} cannot be used: {reason}</source>
            <translation>Der Verlaufsordner {folder} kann nicht benutzt werden: {reason}</translation>
        </message>
        <message>
            <source>It cannot be read either: {reason}</source>
            <translation>Er kann auch nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Unknot is already running</source>
            <translation>Unknot läuft bereits</translation>
        </message>
        <message>
            <source>Unknot is already open with this history but is not answering. If it stays stuck, close it (or end it in your system monitor) and start Unknot again.</source>
            <translation>Unknot ist mit diesem Verlauf schon geöffnet, reagiert aber nicht. Wenn es hängen bleibt, schließ es (oder beende es in der Systemüberwachung) und starte Unknot neu.</translation>
        </message>
        <message>
            <source>Unknot: demo with example sessions, nothing is kept</source>
            <translation>Unknot: Vorführung mit Beispiel-Einheiten, nichts wird behalten</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Rechts</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Beide</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Kopf</translation>
        </message>
        <message>
            <source>Rest your fingertips on your temples, or under the bony ridge at the back of your skull, and lean gently into the tender point.</source>
            <translation>Leg die Fingerspitzen an die Schläfen oder unter die Knochenkante am Hinterkopf und lehn dich sanft in die empfindliche Stelle.</translation>
        </message>
        <message>
            <source>the eyes and ears</source>
            <translation>Augen und Ohren</translation>
        </message>
        <message>
            <source>Jaw</source>
            <translation>Kiefer</translation>
        </message>
        <message>
            <source>Clench once to find the cheek muscle, relax, then press it with two fingers anywhere from the cheekbone down to the angle of the jaw.</source>
            <translation>Beiß einmal kurz zusammen, um den Kaumuskel zu finden, entspann dich und drück ihn dann mit zwei Fingern irgendwo zwischen Wangenknochen und Kieferwinkel.</translation>
        </message>
        <message>
            <source>the joint just in front of the ear</source>
            <translation>das Gelenk direkt vor dem Ohr</translation>
        </message>
        <message>
            <source>Neck</source>
            <translation>Nacken</translation>
        </message>
        <message>
            <source>Press your thumbs into the muscle beside the spine, just under the skull, and let your head grow heavy.</source>
            <translation>Drück die Daumen direkt unter dem Schädel neben der Wirbelsäule in den Muskel und lass den Kopf schwer werden.</translation>
        </message>
        <message>
            <source>Lie on your back with two tennis balls in a sock under the base of your skull, one each side of the spine, and let your head sink.</source>
            <translation>Leg dich auf den Rücken, zwei Tennisbälle in einer Socke unter dem Schädelansatz, je einer links und rechts der Wirbelsäule, und lass den Kopf sinken.</translation>
        </message>
        <message>
            <source>the front and sides of the throat and the bony middle line</source>
            <translation>Vorderseite und Seiten des Halses und die knöcherne Mittellinie</translation>
        </message>
        <message>
            <source>Shoulders</source>
            <translation>Schultern</translation>
        </message>
        <message>
            <source>Stand with your back to a wall and pin the ball between your spine and shoulder blade; bend your knees to move it onto the tender spot.</source>
            <translation>Stell dich mit dem Rücken an eine Wand und klemm den Ball zwischen Wirbelsäule und Schulterblatt; beug die Knie, um ihn auf die empfindliche Stelle zu bringen.</translation>
        </message>
        <message>
            <source>Use the lacrosse ball the same way against the wall, or lie on the floor over it to let your body weight do the work.</source>
            <translation>Nimm den Lacrosseball genauso an der Wand, oder leg dich auf dem Boden darauf und lass dein Körpergewicht arbeiten.</translation>
        </message>
        <message>
            <source>the spine, the blade's edge, the collarbone and the armpit</source>
            <translation>Wirbelsäule, Rand des Schulterblatts, Schlüsselbein und Achselhöhle</translation>
        </message>
        <message>
            <source>Arms</source>
            <translation>Arme</translation>
        </message>
        <message>
            <source>Squeeze the thick forearm muscle a hand's width below the elbow with the other thumb and hold.</source>
            <translation>Drück den kräftigen Unterarmmuskel eine Handbreit unter dem Ellenbogen mit dem anderen Daumen und halte.</translation>
        </message>
        <message>
            <source>Put the ball on a table and lean your forearm into it, just below the elbow.</source>
            <translation>Leg den Ball auf einen Tisch und lehn deinen Unterarm knapp unter dem Ellenbogen hinein.</translation>
        </message>
        <message>
            <source>Swap in the lacrosse ball on the table and lean in a little less at first; it is much firmer.</source>
            <translation>Nimm auf dem Tisch den Lacrosseball und lehn dich anfangs etwas weniger hinein; er ist viel fester.</translation>
        </message>
        <message>
            <source>the points of the elbow and the nerve on its inner side</source>
            <translation>die Ellenbogenspitzen und den Nerv an der Innenseite</translation>
        </message>
        <message>
            <source>Lower back</source>
            <translation>Unterer Rücken</translation>
        </message>
        <message>
            <source>Lean against a wall with the ball beside your spine, between the lowest rib and the top of the pelvis.</source>
            <translation>Lehn dich an eine Wand, den Ball neben der Wirbelsäule, zwischen unterster Rippe und Beckenkamm.</translation>
        </message>
        <message>
            <source>Use the lacrosse ball in the same place against the wall; keep it off the spine.</source>
            <translation>Nimm den Lacrosseball an derselben Stelle an der Wand; halte ihn von der Wirbelsäule fern.</translation>
        </message>
        <message>
            <source>the spine itself</source>
            <translation>die Wirbelsäule selbst</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>Hüften</translation>
        </message>
        <message>
            <source>Sit or lie on the ball under your buttock; crossing that ankle over the other knee opens the deep muscle.</source>
            <translation>Setz oder leg dich mit dem Gesäß auf den Ball; wenn du diesen Knöchel über das andere Knie legst, öffnet sich der tiefe Muskel.</translation>
        </message>
        <message>
            <source>Deep spots often need the lacrosse ball: same position, lower your weight onto it slowly.</source>
            <translation>Tiefe Stellen brauchen oft den Lacrosseball: gleiche Haltung, senk dein Gewicht langsam darauf.</translation>
        </message>
        <message>
            <source>bony points; move off if you feel a pulse</source>
            <translation>Knochenvorsprünge; rück weg, wenn du einen Puls spürst</translation>
        </message>
        <message>
            <source>Thighs (quads)</source>
            <translation>Oberschenkel (vorn)</translation>
        </message>
        <message>
            <source>Lie face down with the roller under the front of your thigh, between knee and hip; turn the leg in or out to find the tight line.</source>
            <translation>Leg dich auf den Bauch, die Rolle unter der Vorderseite des Oberschenkels zwischen Knie und Hüfte; dreh das Bein nach innen oder außen, um die feste Linie zu finden.</translation>
        </message>
        <message>
            <source>Face down, or sitting on the edge of a hard chair, put the tennis ball under the tender spot of the thigh and rest on it.</source>
            <translation>Auf dem Bauch liegend oder auf der Kante eines harten Stuhls sitzend: Leg den Tennisball unter die empfindliche Stelle des Oberschenkels und ruh dich darauf aus.</translation>
        </message>
        <message>
            <source>Swap in the lacrosse ball under that spot and let your weight settle gradually.</source>
            <translation>Nimm unter dieser Stelle den Lacrosseball und lass dein Gewicht nach und nach einsinken.</translation>
        </message>
        <message>
            <source>the kneecap and the knee</source>
            <translation>Kniescheibe und Knie</translation>
        </message>
        <message>
            <source>Calves</source>
            <translation>Waden</translation>
        </message>
        <message>
            <source>Sit with the roller under your calf; cross the other leg on top when you want more pressure.</source>
            <translation>Setz dich mit der Rolle unter der Wade hin; leg das andere Bein darüber, wenn du mehr Druck willst.</translation>
        </message>
        <message>
            <source>Sit on the floor with the tennis ball under the calf and let the leg rest on it; cross the other leg on top for more pressure.</source>
            <translation>Setz dich auf den Boden, den Tennisball unter der Wade, und lass das Bein darauf ruhen; leg für mehr Druck das andere Bein darüber.</translation>
        </message>
        <message>
            <source>Sit with the lacrosse ball under the tender spot of the calf and let the leg rest on it.</source>
            <translation>Setz dich mit dem Lacrosseball unter der empfindlichen Stelle der Wade hin und lass das Bein darauf ruhen.</translation>
        </message>
        <message>
            <source>the back of the knee, and any calf that is swollen, warm or red</source>
            <translation>die Kniekehle und jede Wade, die geschwollen, warm oder gerötet ist</translation>
        </message>
        <message>
            <source>Feet</source>
            <translation>Füße</translation>
        </message>
        <message>
            <source>Sit down and put the ball under your foot; work from heel to toes and across the arch, stopping on the tender spot.</source>
            <translation>Setz dich und leg den Ball unter den Fuß; arbeite dich von der Ferse zu den Zehen und quer über das Gewölbe und bleib auf der empfindlichen Stelle.</translation>
        </message>
        <message>
            <source>Still seated, use the lacrosse ball under the arch and press down only as much as feels useful.</source>
            <translation>Weiter im Sitzen: Nimm den Lacrosseball unter dem Fußgewölbe und drück nur so fest, wie es sich sinnvoll anfühlt.</translation>
        </message>
        <message>
            <source>standing on the ball: stay seated to control the pressure</source>
            <translation>das Stehen auf dem Ball; bleib sitzen, damit du den Druck steuern kannst</translation>
        </message>
    </context>
    <context>
        <name>AutoBackup</name>
        <message>
            <source>Today's backup of your history could not be made: {reason}</source>
            <translation>Die heutige Sicherung deines Verlaufs konnte nicht erstellt werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BodyMap</name>
        <message>
            <source>{spot}, not selected</source>
            <translation>{spot}, nicht ausgewählt</translation>
        </message>
        <message>
            <source>{spot}, selected, tenderness not rated</source>
            <translation>{spot}, ausgewählt, Empfindlichkeit nicht bewertet</translation>
        </message>
        <message>
            <source>{spot}, selected, tenderness {value}</source>
            <translation>{spot}, ausgewählt, Empfindlichkeit {value}</translation>
        </message>
        <message>
            <source>Body map</source>
            <translation>Körperkarte</translation>
        </message>
        <message>
            <source>Pick the spots that feel tight. Arrow keys move between spots, Space picks one, the numbers 0 to 10 say how tender it is. In the front view the person's left side is on your right, as in a mirror.</source>
            <translation>Wähl die Stellen, die sich fest anfühlen. Mit den Pfeiltasten wechselst du zwischen Stellen, die Leertaste wählt eine aus, die Zahlen 0 bis 10 sagen, wie empfindlich sie ist. In der Vorderansicht ist die linke Körperseite rechts, wie im Spiegel.</translation>
        </message>
        <message>
            <source>Shows where on the body the spot being worked on is.</source>
            <translation>Zeigt, wo am Körper die Stelle liegt, an der du gerade arbeitest.</translation>
        </message>
        <message>
            <source>How tender is the {spot}?</source>
            <translation>Wie empfindlich ist diese Stelle: {spot}?</translation>
        </message>
        <message>
            <source>{spot}: how tender?</source>
            <translation>{spot}: Wie empfindlich?</translation>
        </message>
        <message>
            <source>0  not tender</source>
            <translation>0  nicht empfindlich</translation>
        </message>
        <message>
            <source>5  clearly tender</source>
            <translation>5  deutlich empfindlich</translation>
        </message>
        <message>
            <source>10  the worst</source>
            <translation>10  am schlimmsten</translation>
        </message>
        <message>
            <source>How to work this spot…</source>
            <translation>So arbeitest du an dieser Stelle…</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <source>Remove from today's plan</source>
            <translation>Aus dem heutigen Plan nehmen</translation>
        </message>
        <message>
            <source>Add to today's plan</source>
            <translation>Zum heutigen Plan hinzufügen</translation>
        </message>
        <message>
            <source>{spot}: click to add</source>
            <translation>{spot}: Klicken zum Hinzufügen</translation>
        </message>
        <message>
            <source>{spot} (not rated yet): right-click to rate, click to remove</source>
            <translation>{spot} (noch nicht bewertet): Rechtsklick zum Bewerten, Klick zum Entfernen</translation>
        </message>
        <message>
            <source>{spot} (tenderness {value}): right-click to rate, click to remove</source>
            <translation>{spot} (Empfindlichkeit {value}): Rechtsklick zum Bewerten, Klick zum Entfernen</translation>
        </message>
        <message>
            <source>Show the body from the front</source>
            <translation>Den Körper von vorn zeigen</translation>
        </message>
        <message>
            <source>Show the body from the back</source>
            <translation>Den Körper von hinten zeigen</translation>
        </message>
        <message>
            <source>Put the keyboard on this spot</source>
            <translation>Tastatur auf diese Stelle setzen</translation>
        </message>
        <message>
            <source>One step more tender</source>
            <translation>Eine Stufe empfindlicher</translation>
        </message>
        <message>
            <source>One step less tender</source>
            <translation>Eine Stufe weniger empfindlich</translation>
        </message>
        <message>
            <source>Front</source>
            <translation>Vorn</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Hinten</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message numerus="yes">
            <source>%n day(s) with practice in these twelve months.</source>
            <translation>
                <numerusform>%n Tag mit Übung in diesen zwölf Monaten.</numerusform>
                <numerusform>%n Tage mit Übung in diesen zwölf Monaten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s).</source>
            <translation>
                <numerusform>%n Ruhetag.</numerusform>
                <numerusform>%n Ruhetage.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarHeatmap</name>
        <message>
            <source>Mark as a rest day</source>
            <translation>Als Ruhetag markieren</translation>
        </message>
        <message>
            <source>Remove the rest-day mark</source>
            <translation>Ruhetag-Markierung entfernen</translation>
        </message>
        <message>
            <source>Practice calendar of the last twelve months</source>
            <translation>Übungskalender der letzten zwölf Monate</translation>
        </message>
        <message>
            <source>Less</source>
            <translation>Weniger</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>rest day</source>
            <translation>Ruhetag</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>Enter: the day's sessions · rest days cannot be marked (read-only)</source>
            <translation>Eingabe: Einheiten des Tages · Ruhetage können nicht markiert werden (nur lesen)</translation>
        </message>
        <message>
            <source>R or right-click: mark a rest day · Enter: the day's sessions</source>
            <translation>R oder Rechtsklick: Ruhetag markieren · Eingabe: Einheiten des Tages</translation>
        </message>
        <message>
            <source>Actions for {day}</source>
            <translation>Aktionen für {day}</translation>
        </message>
        <message>
            <source>Show the day's sessions</source>
            <translation>Die Einheiten des Tages zeigen</translation>
        </message>
        <message>
            <source>{minutes} min held</source>
            <translation>{minutes} min gehalten</translation>
        </message>
        <message>
            <source>no practice</source>
            <translation>keine Übung</translation>
        </message>
    </context>
    <context>
        <name>Consistency</name>
        <message>
            <source>Practice days a week against the goal, and minutes a week</source>
            <translation>Übungstage pro Woche im Vergleich zum Ziel, und Minuten pro Woche</translation>
        </message>
        <message>
            <source>No weeks to show yet.</source>
            <translation>Noch keine Wochen zum Anzeigen.</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Practice days a week, against the goal</source>
            <translation>Übungstage pro Woche, im Vergleich zum Ziel</translation>
        </message>
        <message>
            <source>Minutes held a week</source>
            <translation>Gehaltene Minuten pro Woche</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>diese Woche</translation>
        </message>
        <message numerus="yes">
            <source>This week so far: {days} of %n practice day(s), {minutes} min held.</source>
            <translation>
                <numerusform>Diese Woche bisher: {days} von %n Übungstag, {minutes} min gehalten.</numerusform>
                <numerusform>Diese Woche bisher: {days} von %n Übungstagen, {minutes} min gehalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Week of {week}: {days} of %n practice day(s), goal met; {minutes} min held.</source>
            <translation>
                <numerusform>Woche vom {week}: {days} von %n Übungstag, Ziel erreicht; {minutes} min gehalten.</numerusform>
                <numerusform>Woche vom {week}: {days} von %n Übungstagen, Ziel erreicht; {minutes} min gehalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Week of {week}: {days} of %n practice day(s), goal not met; {minutes} min held.</source>
            <translation>
                <numerusform>Woche vom {week}: {days} von %n Übungstag, Ziel nicht erreicht; {minutes} min gehalten.</numerusform>
                <numerusform>Woche vom {week}: {days} von %n Übungstagen, Ziel nicht erreicht; {minutes} min gehalten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <translation>Countdown</translation>
        </message>
    </context>
    <context>
        <name>CueLine</name>
        <message>
            <source>Your cue…</source>
            <translation>Dein Hinweis…</translation>
        </message>
        <message>
            <source>For example: lean a bit to the left</source>
            <translation>Zum Beispiel: etwas nach links lehnen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove your cue</source>
            <translation>Deinen Hinweis entfernen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close the cue editor unchanged</source>
            <translation>Hinweis-Editor ohne Änderung schließen</translation>
        </message>
        <message>
            <source>Add your own cue for {position}</source>
            <translation>Eigenen Hinweis hinzufügen für {position}</translation>
        </message>
        <message>
            <source>Your cue: {cue}</source>
            <translation>Dein Hinweis: {cue}</translation>
        </message>
        <message>
            <source>Edit cue…</source>
            <translation>Hinweis bearbeiten…</translation>
        </message>
        <message>
            <source>Edit your own cue for {position}</source>
            <translation>Eigenen Hinweis bearbeiten für {position}</translation>
        </message>
        <message>
            <source>Your cue for {position}</source>
            <translation>Dein Hinweis für {position}</translation>
        </message>
        <message>
            <source>the {tool} on the {area}</source>
            <translation>{tool} – {area}</translation>
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message>
            <source>A cue is one line of text without spaces around it.</source>
            <translation>Ein Hinweis ist eine Zeile Text ohne Leerzeichen am Anfang oder Ende.</translation>
        </message>
        <message>
            <source>{area} has no position with this tool ({tool}), so it cannot have a cue.</source>
            <translation>Für {area} gibt es keine Haltung mit diesem Hilfsmittel ({tool}), daher kann es dafür keinen Hinweis geben.</translation>
        </message>
        <message>
            <source>A cue must be text.</source>
            <translation>Ein Hinweis muss Text sein.</translation>
        </message>
        <message>
            <source>A cue is one line of plain text; character {position} is a control character or a line break. Remove it and save again.</source>
            <translation>Ein Hinweis ist eine Zeile einfacher Text; Zeichen {position} ist ein Steuerzeichen oder ein Zeilenumbruch. Entferne es und speichere erneut.</translation>
        </message>
        <message numerus="yes">
            <source>A cue can be at most %n character(s) long; this one has {count}. Shorten it and save again.</source>
            <translation>
                <numerusform>Ein Hinweis darf höchstens %n Zeichen lang sein; dieser hat {count}. Kürze ihn und speichere erneut.</numerusform>
                <numerusform>Ein Hinweis darf höchstens %n Zeichen lang sein; dieser hat {count}. Kürze ihn und speichere erneut.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message>
            <source>The file will hold health data: your sessions, the spots you worked on and how tender they were. Keep it somewhere private.</source>
            <translation>Die Datei enthält Gesundheitsdaten: deine Einheiten, die Stellen, an denen du gearbeitet hast, und wie empfindlich sie waren. Bewahre sie an einem privaten Ort auf.</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV-Tabelle (*.csv)</translation>
        </message>
        <message>
            <source>Unknot backup (*.json)</source>
            <translation>Unknot-Sicherung (*.json)</translation>
        </message>
        <message>
            <source>Unknot backups (*.json *.sqlite3);;All files (*)</source>
            <translation>Unknot-Sicherungen (*.json *.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Sessions already in your history, left as they were: {count}</source>
            <translation>Einheiten, die schon in deinem Verlauf waren und unverändert blieben: {count}</translation>
        </message>
        <message>
            <source>1 of them differs from yours (other holds, another ending or note); yours was kept as it is.</source>
            <translation>1 davon weicht von deiner ab (andere Haltephasen, ein anderes Ende oder eine andere Notiz); deine blieb, wie sie ist.</translation>
        </message>
        <message>
            <source>Rest days added: {count}</source>
            <translation>Hinzugefügte Ruhetage: {count}</translation>
        </message>
        <message>
            <source>Routines added: {count}</source>
            <translation>Hinzugefügte Routinen: {count}</translation>
        </message>
        <message>
            <source>Routines not added because one of the same name is saved: {count}</source>
            <translation>Nicht hinzugefügte Routinen, weil es schon eine mit demselben Namen gibt: {count}</translation>
        </message>
        <message>
            <source>Your own cues added: {count}</source>
            <translation>Eigene Hinweise hinzugefügt: {count}</translation>
        </message>
        <message>
            <source>Cues not added because you already have one for that position: {count}</source>
            <translation>Nicht hinzugefügte Hinweise, weil du für diese Haltung schon einen hast: {count}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln hold(s)</source>
            <translation>
                <numerusform>%Ln Haltephase</numerusform>
                <numerusform>%Ln Haltephasen</numerusform>
            </translation>
        </message>
        <message>
            <source>{sessions} ({holds}), {rest_days}, {routines} and {cues}</source>
            <translation>{sessions} ({holds}), {rest_days}, {routines} und {cues}</translation>
        </message>
        <message>
            <source>{sessions} ({holds}), {rest_days} and {routines}</source>
            <translation>{sessions} ({holds}), {rest_days} und {routines}</translation>
        </message>
        <message>
            <source>{sessions} ({holds}) from {first} to {last}, {rest_days}, {routines} and {cues}</source>
            <translation>{sessions} ({holds}) vom {first} bis {last}, {rest_days}, {routines} und {cues}</translation>
        </message>
        <message>
            <source>{sessions} ({holds}) from {first} to {last}, {rest_days} and {routines}</source>
            <translation>{sessions} ({holds}) vom {first} bis {last}, {rest_days} und {routines}</translation>
        </message>
        <message>
            <source>Export CSV (the file will hold health data)</source>
            <translation>CSV exportieren (die Datei enthält Gesundheitsdaten)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s) exported as a table to:</source>
            <translation>
                <numerusform>%Ln Einheit als Tabelle exportiert nach:</numerusform>
                <numerusform>%Ln Einheiten als Tabelle exportiert nach:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s) exported as a table to {file}</source>
            <translation>
                <numerusform>%Ln Einheit als Tabelle exportiert nach {file}</numerusform>
                <numerusform>%Ln Einheiten als Tabelle exportiert nach {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Back up to file (the file will hold health data)</source>
            <translation>In Datei sichern (die Datei enthält Gesundheitsdaten)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s) backed up to:</source>
            <translation>
                <numerusform>%Ln Einheit gesichert nach:</numerusform>
                <numerusform>%Ln Einheiten gesichert nach:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s) backed up to {file}</source>
            <translation>
                <numerusform>%Ln Einheit gesichert nach {file}</numerusform>
                <numerusform>%Ln Einheiten gesichert nach {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing can be restored</source>
            <translation>Nichts kann wiederhergestellt werden</translation>
        </message>
        <message>
            <source>Restore from file</source>
            <translation>Aus Datei wiederherstellen</translation>
        </message>
        <message>
            <source>This file cannot be restored</source>
            <translation>Diese Datei kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>This file cannot be read</source>
            <translation>Diese Datei kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>Nothing to restore</source>
            <translation>Nichts wiederherzustellen</translation>
        </message>
        <message>
            <source>{file} holds {contents}.

They are added to your history. Sessions that are already there stay as they are; nothing is overwritten or deleted.

Restore them?</source>
            <translation>{file} enthält {contents}.

Sie werden deinem Verlauf hinzugefügt. Einheiten, die schon da sind, bleiben, wie sie sind; nichts wird überschrieben oder gelöscht.

Wiederherstellen?</translation>
        </message>
        <message>
            <source>Your history is unchanged.</source>
            <translation>Dein Verlauf ist unverändert.</translation>
        </message>
        <message>
            <source>Nothing was restored</source>
            <translation>Nichts wurde wiederhergestellt</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Wiederhergestellt</translation>
        </message>
        <message>
            <source>From {file}:</source>
            <translation>Aus {file}:</translation>
        </message>
        <message>
            <source>Your history could not be opened</source>
            <translation>Dein Verlauf konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>One moment</source>
            <translation>Einen Moment</translation>
        </message>
        <message>
            <source>Your history is still opening; try again in a moment.</source>
            <translation>Dein Verlauf wird noch geöffnet; versuch es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Your history could not be read for {file}: {reason}</source>
            <translation>Dein Verlauf konnte für {file} nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{file} could not be written: {reason}</source>
            <translation>{file} konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more problem(s)</source>
            <translation>
                <numerusform>und %Ln weiteres Problem</numerusform>
                <numerusform>und %Ln weitere Probleme</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is not a backup Unknot can read:

{problems}

Nothing was changed.</source>
            <translation>{file} ist keine Sicherung, die Unknot lesen kann:

{problems}

Nichts wurde geändert.</translation>
        </message>
        <message numerus="yes">
            <source>Sessions added: {sessions} (%Ln hold(s))</source>
            <translation>
                <numerusform>Hinzugefügte Einheiten: {sessions} (%Ln Haltephase)</numerusform>
                <numerusform>Hinzugefügte Einheiten: {sessions} (%Ln Haltephasen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them differ from yours (other holds, another ending or note); yours were kept as they are.</source>
            <translation>
                <numerusform>%Ln davon weicht von deiner ab (andere Haltephasen, ein anderes Ende oder eine andere Notiz); deine blieb, wie sie ist.</numerusform>
                <numerusform>%Ln davon weichen von deinen ab (andere Haltephasen, ein anderes Ende oder eine andere Notiz); deine blieben, wie sie sind.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s)</source>
            <translation>
                <numerusform>%Ln Einheit</numerusform>
                <numerusform>%Ln Einheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rest day(s)</source>
            <translation>
                <numerusform>%Ln Ruhetag</numerusform>
                <numerusform>%Ln Ruhetage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln saved routine(s)</source>
            <translation>
                <numerusform>%Ln gespeicherte Routine</numerusform>
                <numerusform>%Ln gespeicherte Routinen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln cue(s) of your own</source>
            <translation>
                <numerusform>%Ln eigener Hinweis</numerusform>
                <numerusform>%Ln eigene Hinweise</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored from {file}: %Ln session(s) added</source>
            <translation>
                <numerusform>Aus {file} wiederhergestellt: %Ln Einheit hinzugefügt</numerusform>
                <numerusform>Aus {file} wiederhergestellt: %Ln Einheiten hinzugefügt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMM</source>
            <comment>Qt date format: a short day</comment>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy, HH:mm</source>
            <comment>Qt date format: a day and a time</comment>
            <translation>ddd, d. MMM yyyy, HH:mm</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>Something went wrong in Unknot.</source>
            <translation>In Unknot ist etwas schiefgegangen.</translation>
        </message>
        <message>
            <source>Your history is safe: every hold was saved the moment it ended, and this did not change anything in it. You can close this message and carry on.</source>
            <translation>Dein Verlauf ist sicher: Jede Haltephase wurde gespeichert, sobald sie endete, und daran hat dies nichts geändert. Du kannst diese Meldung schließen und weitermachen.</translation>
        </message>
        <message>
            <source>If it keeps happening, close Unknot and start it again. To help get it fixed, copy the details and send them with a few words about what you were doing. Read them first: they may quote something that was on the screen.</source>
            <translation>Wenn es immer wieder passiert, schließ Unknot und starte es neu. Damit der Fehler behoben werden kann, kopier die Details und schick sie mit ein paar Worten dazu, was du gerade gemacht hast. Lies sie vorher durch: Sie können etwas zitieren, das auf dem Bildschirm stand.</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>Details &amp;kopieren</translation>
        </message>
        <message>
            <source>Details copied</source>
            <translation>Details kopiert</translation>
        </message>
        <message>
            <source>There is no log this time: the data folder could not take one.</source>
            <translation>Diesmal gibt es kein Protokoll: Der Datenordner konnte keins aufnehmen.</translation>
        </message>
        <message>
            <source>Unknot keeps a log of what it did, without your notes or ratings, in:
{file}</source>
            <translation>Unknot führt ein Protokoll über das, was es getan hat, ohne deine Notizen oder Bewertungen, in:
{file}</translation>
        </message>
        <message numerus="yes">
            <source>It has happened %n time(s) since this message opened.</source>
            <translation>
                <numerusform>Es ist seit dem Öffnen dieser Meldung %n Mal passiert.</numerusform>
                <numerusform>Es ist seit dem Öffnen dieser Meldung %n Mal passiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Where the log is</source>
            <translation>Wo das Protokoll liegt</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message numerus="yes">
            <source>%Ln h {minutes} min {seconds} s</source>
            <translation>
                <numerusform>%Ln h {minutes} min {seconds} s</numerusform>
                <numerusform>%Ln h {minutes} min {seconds} s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) {seconds}</source>
            <translation>
                <numerusform>%n Minute {seconds}</numerusform>
                <numerusform>%n Minuten {seconds}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Grammar</name>
        <message>
            <source>lower</source>
            <comment>Names inside a sentence: 'lower' lowercases their first letter (English), 'keep' keeps them as they are (German nouns).</comment>
            <translation>keep</translation>
        </message>
    </context>
    <context>
        <name>HistoryService</name>
        <message>
            <source>The data folder {folder} cannot be written, so your history is open read-only: you can look at it and export it, but nothing new can be saved. Make the folder writable (or start Unknot as the user who owns it), then start Unknot again.</source>
            <translation>In den Datenordner {folder} kann nicht geschrieben werden, deshalb ist dein Verlauf nur zum Lesen geöffnet: Du kannst ihn ansehen und exportieren, aber nichts Neues speichern. Mach den Ordner beschreibbar (oder starte Unknot als das Benutzerkonto, dem er gehört) und starte Unknot dann neu.</translation>
        </message>
    </context>
    <context>
        <name>HoldPage</name>
        <message>
            <source>How to do this step</source>
            <translation>So geht dieser Schritt</translation>
        </message>
        <message>
            <source>Session announcements</source>
            <translation>Ansagen der Einheit</translation>
        </message>
        <message>
            <source>Daily scan · Step {number} of {count}</source>
            <translation>Täglicher Check · Schritt {number} von {count}</translation>
        </message>
        <message>
            <source>Step {number} of {count}</source>
            <translation>Schritt {number} von {count}</translation>
        </message>
        <message>
            <source>Working on: {spot}</source>
            <translation>In Arbeit: {spot}</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <source>How to do it…</source>
            <translation>So geht's…</translation>
        </message>
        <message>
            <source>Pictures and steps for the chosen spot's area (Ctrl+3)</source>
            <translation>Bilder und Schritte für den Bereich der gewählten Stelle (Strg+3)</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Click where it feels tight on the body to plan today's session.</source>
            <translation>Klick auf die Stellen am Körper, die sich fest anfühlen, um die heutige Einheit zu planen.</translation>
        </message>
        <message>
            <source>How tender is your {spot}? Tap a number, or type it on the map.</source>
            <translation>{spot}: Wie empfindlich ist die Stelle? Tipp eine Zahl an oder gib sie auf der Karte ein.</translation>
        </message>
        <message>
            <source>Save a plan you use often to start it in one click.</source>
            <translation>Speichere einen Plan, den du oft nutzt, um ihn mit einem Klick zu starten.</translation>
        </message>
        <message>
            <source>Pick a spot on the body, then rate how tender it feels (0-10).</source>
            <translation>Wähl eine Stelle am Körper und bewerte, wie empfindlich sie sich anfühlt (0-10).</translation>
        </message>
        <message>
            <source>No day streak yet</source>
            <translation>Noch keine Tage in Folge</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) in a row</source>
            <translation>
                <numerusform>%n Tag in Folge</numerusform>
                <numerusform>%n Tage in Folge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n day(s) this week, goal met</source>
            <translation>
                <numerusform>{done} von %n Tag diese Woche, Ziel erreicht</numerusform>
                <numerusform>{done} von %n Tagen diese Woche, Ziel erreicht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n day(s) this week</source>
            <translation>
                <numerusform>{done} von %n Tag diese Woche</numerusform>
                <numerusform>{done} von %n Tagen diese Woche</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknot</source>
            <translation>Unknot</translation>
        </message>
        <message>
            <source>Where does it feel tight?</source>
            <translation>Wo fühlt es sich fest an?</translation>
        </message>
        <message>
            <source>Today's plan</source>
            <translation>Heutiger Plan</translation>
        </message>
        <message>
            <source>The spots in the order the session visits them. Alt+Up and Alt+Down move the chosen spot; Delete removes it.</source>
            <translation>Die Stellen in der Reihenfolge der Einheit. Alt+Hoch und Alt+Runter verschieben die gewählte Stelle; Entf entfernt sie.</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move the chosen spot earlier (Alt+Up)</source>
            <translation>Die gewählte Stelle nach vorn schieben (Alt+Hoch)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Move the chosen spot later (Alt+Down)</source>
            <translation>Die gewählte Stelle nach hinten schieben (Alt+Runter)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Take the chosen spot out of the plan (Delete)</source>
            <translation>Die gewählte Stelle aus dem Plan nehmen (Entf)</translation>
        </message>
        <message>
            <source>Start session</source>
            <translation>Einheit starten</translation>
        </message>
        <message>
            <source>Start with the first spot of the plan (Ctrl+Enter)</source>
            <translation>Mit der ersten Stelle des Plans beginnen (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Daily 5-minute scan</source>
            <translation>Täglicher 5-Minuten-Check</translation>
        </message>
        <message>
            <source>A short stop on every area to find what needs time today (Ctrl+D)</source>
            <translation>Ein kurzer Halt an jedem Bereich, um zu finden, was heute Zeit braucht (Strg+D)</translation>
        </message>
        <message>
            <source>Saved routines</source>
            <translation>Gespeicherte Routinen</translation>
        </message>
        <message>
            <source>Save as routine…</source>
            <translation>Als Routine speichern…</translation>
        </message>
        <message>
            <source>Keep this plan under a name to start it in one click</source>
            <translation>Diesen Plan unter einem Namen behalten, um ihn mit einem Klick zu starten</translation>
        </message>
        <message numerus="yes">
            <source>%n spot(s) · {total} of holding</source>
            <translation>
                <numerusform>%n Stelle · {total} Haltezeit</numerusform>
                <numerusform>%n Stellen · {total} Haltezeit</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace routine</source>
            <translation>Routine ersetzen</translation>
        </message>
        <message>
            <source>There is already a routine called “{name}”. Replace it with this plan?</source>
            <translation>Es gibt schon eine Routine namens „{name}“. Durch diesen Plan ersetzen?</translation>
        </message>
        <message>
            <source>Start routine {name}</source>
            <translation>Routine {name} starten</translation>
        </message>
        <message>
            <source>Start now: {spots}</source>
            <translation>Jetzt starten: {spots}</translation>
        </message>
        <message>
            <source>Delete routine {name}</source>
            <translation>Routine {name} löschen</translation>
        </message>
        <message>
            <source>Delete the routine “{name}”</source>
            <translation>Die Routine „{name}“ löschen</translation>
        </message>
        <message>
            <source>Type a name to save the routine.</source>
            <translation>Gib einen Namen ein, um die Routine zu speichern.</translation>
        </message>
        <message numerus="yes">
            <source>This name is longer than %n character(s); make it shorter to save the routine.</source>
            <translation>
                <numerusform>Dieser Name ist länger als %n Zeichen; kürze ihn, um die Routine zu speichern.</numerusform>
                <numerusform>Dieser Name ist länger als %n Zeichen; kürze ihn, um die Routine zu speichern.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save as routine</source>
            <translation>Als Routine speichern</translation>
        </message>
        <message>
            <source>A name for this plan, such as “desk neck”:</source>
            <translation>Ein Name für diesen Plan, etwa „Nacken nach dem Schreibtisch“:</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>Name der Routine</translation>
        </message>
        <message>
            <source>Problem with the name</source>
            <translation>Problem mit dem Namen</translation>
        </message>
    </context>
    <context>
        <name>KeptAsideNotice</name>
        <message>
            <source>Nothing was deleted. The kept file stays where it is, exactly as it was found, until you remove it yourself.</source>
            <translation>Nichts wurde gelöscht. Die beiseitegelegte Datei bleibt genau so, wie sie gefunden wurde, wo sie ist, bis du sie selbst entfernst.</translation>
        </message>
        <message>
            <source>Nothing was deleted. The kept files stay where they are, exactly as they were found, until you remove them yourself.</source>
            <translation>Nichts wurde gelöscht. Die beiseitegelegten Dateien bleiben genau so, wie sie gefunden wurden, wo sie sind, bis du sie selbst entfernst.</translation>
        </message>
        <message>
            <source>There is no daily backup copy that reads back whole (Unknot makes one after each session), so there is none to offer. If you saved a backup file yourself, File ▸ Restore from file… adds it.</source>
            <translation>Es gibt keine tägliche Sicherungskopie, die sich vollständig lesen lässt (Unknot legt nach jeder Einheit eine an), daher kann keine angeboten werden. Wenn du selbst eine Sicherungsdatei gespeichert hast, fügt Datei ▸ Aus Datei wiederherstellen… sie hinzu.</translation>
        </message>
        <message>
            <source>Restoring adds the sessions your history does not have; nothing in it is overwritten or deleted.</source>
            <translation>Das Wiederherstellen fügt die Einheiten hinzu, die deinem Verlauf fehlen; nichts darin wird überschrieben oder gelöscht.</translation>
        </message>
        <message>
            <source>{day} at {time}</source>
            <translation>{day} um {time}</translation>
        </message>
        <message>
            <source>On {when} Unknot could not read your history file, so it put the file aside and started a new, empty history. Your earlier sessions are not shown until you restore a backup.</source>
            <translation>Am {when} konnte Unknot deine Verlaufsdatei nicht lesen. Es hat die Datei beiseitegelegt und einen neuen, leeren Verlauf begonnen. Deine früheren Einheiten erscheinen erst wieder, wenn du eine Sicherung wiederherstellst.</translation>
        </message>
        <message>
            <source>On {when} Unknot found a file beside your history that it could not use: a log that is damaged or that belongs to another file. It put that file aside and opened your history without it. If sessions from your last days are missing, they may be in that file: keep it, and restore a backup.</source>
            <translation>Am {when} hat Unknot neben deinem Verlauf eine Datei gefunden, die es nicht nutzen konnte: ein Protokoll, das beschädigt ist oder zu einer anderen Datei gehört. Es hat die Datei beiseitegelegt und deinen Verlauf ohne sie geöffnet. Wenn Einheiten der letzten Tage fehlen, stecken sie vielleicht in dieser Datei: Behalte sie und stell eine Sicherung wieder her.</translation>
        </message>
        <message>
            <source>Your newest backup copy that reads back whole was made on {when} and holds {contents}.</source>
            <translation>Deine neueste Sicherungskopie, die sich vollständig lesen lässt, stammt vom {when} und enthält {contents}.</translation>
        </message>
        <message>
            <source>A file was kept aside</source>
            <translation>Eine Datei wurde beiseitegelegt</translation>
        </message>
        <message>
            <source>Files were kept aside</source>
            <translation>Dateien wurden beiseitegelegt</translation>
        </message>
        <message>
            <source>Unknot put a file aside</source>
            <translation>Unknot hat eine Datei beiseitegelegt</translation>
        </message>
        <message>
            <source>The backup offered</source>
            <translation>Die angebotene Sicherung</translation>
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation>Diese Sicherung &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>Restore the backup offered</source>
            <translation>Die angebotene Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>What the restore did</source>
            <translation>Was das Wiederherstellen bewirkt hat</translation>
        </message>
        <message>
            <source>Remind me &amp;next time</source>
            <translation>Beim &amp;nächsten Mal erinnern</translation>
        </message>
        <message>
            <source>Close, and tell me again at the next start</source>
            <translation>Schließen und beim nächsten Start wieder Bescheid geben</translation>
        </message>
        <message>
            <source>I have &amp;read this</source>
            <translation>Ich habe das &amp;gelesen</translation>
        </message>
        <message>
            <source>I have read this; do not tell me again</source>
            <translation>Ich habe das gelesen; nicht wieder Bescheid geben</translation>
        </message>
        <message>
            <source>Nothing was restored: {reason}
Your history is unchanged.</source>
            <translation>Nichts wurde wiederhergestellt: {reason}
Dein Verlauf ist unverändert.</translation>
        </message>
        <message>
            <source>Restored from {file}.</source>
            <translation>Aus {file} wiederhergestellt.</translation>
        </message>
        <message>
            <source>Unknot could not note that you have read this ({reason}), so it will tell you again at the next start.</source>
            <translation>Unknot konnte sich nicht merken, dass du das gelesen hast ({reason}), und sagt es dir deshalb beim nächsten Start noch einmal.</translation>
        </message>
        <message>
            <source>The kept file:</source>
            <translation>Die beiseitegelegte Datei:</translation>
        </message>
        <message>
            <source>The file put aside:</source>
            <translation>Die beiseitegelegte Datei:</translation>
        </message>
        <message>
            <source>Path of kept file {number}</source>
            <translation>Pfad der beiseitegelegten Datei {number}</translation>
        </message>
        <message>
            <source>&amp;Open its folder</source>
            <translation>Ihren &amp;Ordner öffnen</translation>
        </message>
        <message>
            <source>Open its folder</source>
            <translation>Ihren Ordner öffnen</translation>
        </message>
        <message>
            <source>Open the folder of kept file {number}</source>
            <translation>Den Ordner der beiseitegelegten Datei {number} öffnen</translation>
        </message>
        <message>
            <source>&amp;Copy the path</source>
            <translation>Pfad &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy the path</source>
            <translation>Pfad kopieren</translation>
        </message>
        <message>
            <source>Copy the path of kept file {number}</source>
            <translation>Den Pfad der beiseitegelegten Datei {number} kopieren</translation>
        </message>
        <message numerus="yes">
            <source>Unknot put %n files aside</source>
            <translation>
                <numerusform>Unknot hat %n Datei beiseitegelegt</numerusform>
                <numerusform>Unknot hat %n Dateien beiseitegelegt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sessions cannot start: your history could not be opened.</source>
            <translation>Einheiten können nicht starten: Dein Verlauf konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>Read-only: the data folder cannot be written, so nothing new is saved.</source>
            <translation>Nur lesen: In den Datenordner kann nicht geschrieben werden, daher wird nichts Neues gespeichert.</translation>
        </message>
        <message>
            <source>Unknot</source>
            <translation>Unknot</translation>
        </message>
        <message>
            <source>Opening your history…</source>
            <translation>Dein Verlauf wird geöffnet…</translation>
        </message>
        <message>
            <source>Your history is open read-only</source>
            <translation>Dein Verlauf ist nur zum Lesen geöffnet</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Sessions cannot start until this is sorted out, so that no hold goes unsaved.</source>
            <translation>Einheiten können erst starten, wenn das geklärt ist, damit keine Haltephase ungespeichert bleibt.</translation>
        </message>
        <message>
            <source>Your history could not be opened</source>
            <translation>Dein Verlauf konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>The streak could not be worked out: {reason}</source>
            <translation>Die Serie konnte nicht berechnet werden: {reason}</translation>
        </message>
        <message>
            <source>The session could not start</source>
            <translation>Die Einheit konnte nicht starten</translation>
        </message>
        <message>
            <source>One moment: the history is still opening.</source>
            <translation>Einen Moment: Der Verlauf wird noch geöffnet.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>Einstellungen nicht gespeichert</translation>
        </message>
        <message>
            <source>Your settings could not be saved in {folder} ({reason}). They apply until Unknot closes.</source>
            <translation>Deine Einstellungen konnten nicht in {folder} gespeichert werden ({reason}). Sie gelten, bis Unknot geschlossen wird.</translation>
        </message>
        <message>
            <source>Old settings file kept</source>
            <translation>Alte Einstellungsdatei aufbewahrt</translation>
        </message>
        <message>
            <source>The voice is on. You can change it in Settings.</source>
            <translation>Die Stimme ist an. Du kannst sie in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Your answer to the safety check is saved.</source>
            <translation>Deine Antwort auf den Sicherheitscheck ist gespeichert.</translation>
        </message>
        <message>
            <source>Please answer the safety check before your first session.</source>
            <translation>Bitte beantworte vor deiner ersten Einheit den Sicherheitscheck.</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Einheit</translation>
        </message>
        <message>
            <source>&amp;Back up to file…</source>
            <translation>In Datei &amp;sichern…</translation>
        </message>
        <message>
            <source>&amp;Restore from file…</source>
            <translation>Aus Datei &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;CSV exportieren…</translation>
        </message>
        <message numerus="yes">
            <source>Kept as interrupted: %n session(s) still running when Unknot last closed, with every hold finished before.</source>
            <translation>
                <numerusform>Als unterbrochen behalten: %n Einheit, die noch lief, als Unknot zuletzt geschlossen wurde, mit jeder zuvor beendeten Haltephase.</numerusform>
                <numerusform>Als unterbrochen behalten: %n Einheiten, die noch liefen, als Unknot zuletzt geschlossen wurde, mit jeder zuvor beendeten Haltephase.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your progress is here when the session is over.</source>
            <translation>Dein Fortschritt ist hier zu sehen, wenn die Einheit vorbei ist.</translation>
        </message>
        <message>
            <source>The techniques are here when the session is over; the card shows how.</source>
            <translation>Die Techniken findest du hier, wenn die Einheit vorbei ist; die Karte zeigt, wie es geht.</translation>
        </message>
        <message>
            <source>Some settings were reset</source>
            <translation>Einige Einstellungen wurden zurückgesetzt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Report for a &amp;physiotherapist…</source>
            <translation>Bericht für die &amp;Physiotherapie…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Body map</source>
            <translation>&amp;Körperkarte</translation>
        </message>
        <message>
            <source>&amp;Progress</source>
            <translation>&amp;Fortschritt</translation>
        </message>
        <message>
            <source>&amp;Techniques</source>
            <translation>&amp;Techniken</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;When to stop</source>
            <translation>&amp;Wann aufhören</translation>
        </message>
        <message>
            <source>&amp;Safety check…</source>
            <translation>&amp;Sicherheitscheck…</translation>
        </message>
        <message>
            <source>Where is my &amp;data?</source>
            <translation>Wo sind meine &amp;Daten?</translation>
        </message>
        <message>
            <source>&amp;About Unknot</source>
            <translation>&amp;Über Unknot</translation>
        </message>
        <message numerus="yes">
            <source>Backup restored: %n session(s) added</source>
            <translation>
                <numerusform>Sicherung wiederhergestellt: %n Einheit hinzugefügt</numerusform>
                <numerusform>Sicherung wiederhergestellt: %n Einheiten hinzugefügt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PageBar</name>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Body map</source>
            <translation>Körperkarte</translation>
        </message>
        <message>
            <source>Show the body map and today's plan</source>
            <translation>Die Körperkarte und den heutigen Plan zeigen</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Show your streaks and progress</source>
            <translation>Deine Serien und deinen Fortschritt zeigen</translation>
        </message>
    </context>
    <context>
        <name>PainAdvice</name>
        <message>
            <source>See what was saved (Enter)</source>
            <translation>Ansehen, was gespeichert ist (Eingabe)</translation>
        </message>
        <message>
            <source>Back to body map (Esc)</source>
            <translation>Zurück zur Körperkarte (Esc)</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Was jetzt zu tun ist</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>{tool} · hold {length} · not rated</source>
            <translation>{tool} · {length} halten · nicht bewertet</translation>
        </message>
        <message>
            <source>{tool} · hold {length} · tenderness {rating}</source>
            <translation>{tool} · {length} halten · Empfindlichkeit {rating}</translation>
        </message>
    </context>
    <context>
        <name>Positions</name>
        <message>
            <source>Sitting upright on a chair, fingertips pressing on the temple.</source>
            <translation>Aufrecht auf einem Stuhl sitzend, die Fingerspitzen drücken auf die Schläfe.</translation>
        </message>
        <message>
            <source>Sitting on a chair, two fingers pressing into the cheek muscle.</source>
            <translation>Auf einem Stuhl sitzend, zwei Finger drücken in den Wangenmuskel.</translation>
        </message>
        <message>
            <source>Sitting on a chair, thumbs under the back of the skull; the head tips forward and grows heavy.</source>
            <translation>Auf einem Stuhl sitzend, die Daumen unter dem Hinterkopf; der Kopf neigt sich nach vorn und wird schwer.</translation>
        </message>
        <message>
            <source>Lying on the back, knees up, two tennis balls under the base of the skull; the head sinks onto them.</source>
            <translation>Auf dem Rücken liegend, Knie angestellt, zwei Tennisbälle unter dem Schädelansatz; der Kopf sinkt darauf.</translation>
        </message>
        <message>
            <source>Standing with the back to a wall, a tennis ball between the wall and the shoulder blade; the knees bend to roll it onto the spot.</source>
            <translation>Mit dem Rücken an einer Wand stehend, ein Tennisball zwischen Wand und Schulterblatt; die Knie beugen sich, um ihn auf die Stelle zu rollen.</translation>
        </message>
        <message>
            <source>Lying on the back, knees up, a lacrosse ball under the shoulder blade; the body's weight settles onto it.</source>
            <translation>Auf dem Rücken liegend, Knie angestellt, ein Lacrosseball unter dem Schulterblatt; das Körpergewicht legt sich darauf.</translation>
        </message>
        <message>
            <source>Sitting at a table, one forearm resting on it, the other hand's thumb pressing just below the elbow.</source>
            <translation>An einem Tisch sitzend, ein Unterarm liegt darauf, der Daumen der anderen Hand drückt knapp unter dem Ellbogen.</translation>
        </message>
        <message>
            <source>Sitting at a table, the forearm on a tennis ball just below the elbow; the body leans in.</source>
            <translation>An einem Tisch sitzend, der Unterarm auf einem Tennisball knapp unter dem Ellbogen; der Körper lehnt sich hinein.</translation>
        </message>
        <message>
            <source>Sitting at a table, the forearm on a lacrosse ball just below the elbow; the body leans in gently.</source>
            <translation>An einem Tisch sitzend, der Unterarm auf einem Lacrosseball knapp unter dem Ellbogen; der Körper lehnt sich sanft hinein.</translation>
        </message>
        <message>
            <source>Standing with the back to a wall, a tennis ball beside the spine above the pelvis; the body leans back into it.</source>
            <translation>Mit dem Rücken an einer Wand stehend, ein Tennisball neben der Wirbelsäule über dem Becken; der Körper lehnt sich zurück hinein.</translation>
        </message>
        <message>
            <source>Standing with the back to a wall, a lacrosse ball beside the spine above the pelvis; the body leans back into it.</source>
            <translation>Mit dem Rücken an einer Wand stehend, ein Lacrosseball neben der Wirbelsäule über dem Becken; der Körper lehnt sich zurück hinein.</translation>
        </message>
        <message>
            <source>Sitting on the floor on a tennis ball under one buttock, hands behind; that ankle crosses over the other knee.</source>
            <translation>Auf dem Boden sitzend, ein Tennisball unter einer Gesäßhälfte, die Hände hinten aufgestützt; der Knöchel dieser Seite liegt über dem anderen Knie.</translation>
        </message>
        <message>
            <source>Sitting on the floor on a lacrosse ball under one buttock, hands behind; that ankle crosses over the other knee.</source>
            <translation>Auf dem Boden sitzend, ein Lacrosseball unter einer Gesäßhälfte, die Hände hinten aufgestützt; der Knöchel dieser Seite liegt über dem anderen Knie.</translation>
        </message>
        <message>
            <source>Lying face down on the forearms, a foam roller under the front of the thigh; the hips sink onto it.</source>
            <translation>Auf dem Bauch liegend, auf die Unterarme gestützt, eine Faszienrolle unter der Vorderseite des Oberschenkels; die Hüfte sinkt darauf.</translation>
        </message>
        <message>
            <source>Lying face down on the forearms, a tennis ball under the front of the thigh; the hips sink onto it.</source>
            <translation>Auf dem Bauch liegend, auf die Unterarme gestützt, ein Tennisball unter der Vorderseite des Oberschenkels; die Hüfte sinkt darauf.</translation>
        </message>
        <message>
            <source>Lying face down on the forearms, a lacrosse ball under the front of the thigh; the hips sink onto it slowly.</source>
            <translation>Auf dem Bauch liegend, auf die Unterarme gestützt, ein Lacrosseball unter der Vorderseite des Oberschenkels; die Hüfte sinkt langsam darauf.</translation>
        </message>
        <message>
            <source>Sitting on the floor, hands behind, a foam roller under the calf; the other leg crosses on top for more pressure.</source>
            <translation>Auf dem Boden sitzend, die Hände hinten aufgestützt, eine Faszienrolle unter der Wade; für mehr Druck liegt das andere Bein darüber.</translation>
        </message>
        <message>
            <source>Sitting on the floor, hands behind, a tennis ball under the calf; the other leg crosses on top for more pressure.</source>
            <translation>Auf dem Boden sitzend, die Hände hinten aufgestützt, ein Tennisball unter der Wade; für mehr Druck liegt das andere Bein darüber.</translation>
        </message>
        <message>
            <source>Sitting on the floor, hands behind, a lacrosse ball under the calf; the other leg crosses on top for more pressure.</source>
            <translation>Auf dem Boden sitzend, die Hände hinten aufgestützt, ein Lacrosseball unter der Wade; für mehr Druck liegt das andere Bein darüber.</translation>
        </message>
        <message>
            <source>Sitting on a chair, a tennis ball under the arch of the foot; the hands on the knee press down a little.</source>
            <translation>Auf einem Stuhl sitzend, ein Tennisball unter dem Fußgewölbe; die Hände auf dem Knie drücken etwas nach unten.</translation>
        </message>
        <message>
            <source>Sitting on a chair, a lacrosse ball under the arch of the foot; the hands on the knee press down a little.</source>
            <translation>Auf einem Stuhl sitzend, ein Lacrosseball unter dem Fußgewölbe; die Hände auf dem Knie drücken etwas nach unten.</translation>
        </message>
        <message>
            <source>Feel the temples, and the hollow under the bony ridge where the skull meets the neck at the back; stay on the point that is most tender.</source>
            <translation>Taste die Schläfen ab und die Mulde unter dem Knochenrand, wo der Schädel hinten auf den Nacken trifft; bleib auf dem Punkt, der am empfindlichsten ist.</translation>
        </message>
        <message>
            <source>Clench your teeth once: the muscle that bulges between the cheekbone and the corner of the jaw is the one to press.</source>
            <translation>Beiß einmal die Zähne zusammen: Der Muskel, der sich zwischen Wangenknochen und Kieferwinkel wölbt, ist der richtige.</translation>
        </message>
        <message>
            <source>Behind, beside the spine, just under the skull; or on top of the shoulder where it meets the neck.</source>
            <translation>Hinten neben der Wirbelsäule, knapp unter dem Schädel; oder oben auf der Schulter, wo sie in den Nacken übergeht.</translation>
        </message>
        <message>
            <source>Between the spine and the shoulder blade, over the back of the blade, or just under the collarbone.</source>
            <translation>Zwischen Wirbelsäule und Schulterblatt, auf der Rückseite des Schulterblatts oder knapp unter dem Schlüsselbein.</translation>
        </message>
        <message>
            <source>The thick muscle of the forearm, about a hand's width below the elbow.</source>
            <translation>Der dicke Muskel des Unterarms, etwa eine Handbreit unter dem Ellbogen.</translation>
        </message>
        <message>
            <source>The band of muscle beside the spine, between the lowest rib and the top of the pelvis.</source>
            <translation>Der Muskelstrang neben der Wirbelsäule, zwischen der untersten Rippe und dem oberen Beckenrand.</translation>
        </message>
        <message>
            <source>The middle of the buttock, found more easily with that ankle crossed over the other knee; also the outer front of the hip.</source>
            <translation>Die Mitte des Gesäßes, leichter zu finden, wenn der Knöchel dieser Seite über dem anderen Knie liegt; auch die äußere Vorderseite der Hüfte.</translation>
        </message>
        <message>
            <source>The front of the thigh between the knee and the hip; turning the leg in or out brings a tight line under the tool.</source>
            <translation>Die Vorderseite des Oberschenkels zwischen Knie und Hüfte; wenn du das Bein nach innen oder außen drehst, kommt ein fester Strang unter das Hilfsmittel.</translation>
        </message>
        <message>
            <source>The back of the lower leg, between the back of the knee and the heel.</source>
            <translation>Die Rückseite des Unterschenkels, zwischen Kniekehle und Ferse.</translation>
        </message>
        <message>
            <source>The sole, from the heel to the ball of the foot and across the arch.</source>
            <translation>Die Fußsohle, von der Ferse bis zum Fußballen und quer über das Gewölbe.</translation>
        </message>
        <message>
            <source>Position: {caption}</source>
            <translation>Haltung: {caption}</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Worth having looked at</source>
            <translation>Lohnt einen genaueren Blick</translation>
        </message>
        <message>
            <source>Your first session will show up here: the calendar, the weeks and every spot.</source>
            <translation>Deine erste Einheit erscheint hier: der Kalender, die Wochen und jede Stelle.</translation>
        </message>
        <message>
            <source>Reading your history…</source>
            <translation>Dein Verlauf wird gelesen…</translation>
        </message>
        <message>
            <source>This spot has not eased over the last weeks of steady work:</source>
            <translation>Diese Stelle ist trotz regelmäßiger Arbeit in den letzten Wochen nicht lockerer geworden:</translation>
        </message>
        <message>
            <source>These spots have not eased over the last weeks of steady work:</source>
            <translation>Diese Stellen sind trotz regelmäßiger Arbeit in den letzten Wochen nicht lockerer geworden:</translation>
        </message>
        <message>
            <source>When a spot stays this tender after a couple of weeks, it may be time to see a physiotherapist or doctor, who can find out what is behind it.</source>
            <translation>Wenn eine Stelle nach ein paar Wochen so empfindlich bleibt, ist es vielleicht Zeit für einen Besuch in der Physiotherapie oder Arztpraxis, wo man herausfinden kann, was dahintersteckt.</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (heute)</translation>
        </message>
        <message>
            <source>{time} {kind}: {spots} ({held})</source>
            <translation>{time} {kind}: {spots} ({held})</translation>
        </message>
        <message>
            <source>no practice</source>
            <translation>keine Übung</translation>
        </message>
        <message>
            <source>marked as a rest day</source>
            <translation>als Ruhetag markiert</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>A checked copy of your history is also kept each day you practise, in {folder}</source>
            <translation>An jedem Übungstag wird außerdem eine geprüfte Kopie deines Verlaufs aufbewahrt, in {folder}</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Dein Fortschritt</translation>
        </message>
        <message>
            <source>Progress status</source>
            <translation>Fortschrittsstatus</translation>
        </message>
        <message>
            <source>Day streak</source>
            <translation>Tage in Folge</translation>
        </message>
        <message>
            <source>Week streak</source>
            <translation>Wochen in Folge</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Practice days this week</source>
            <translation>Übungstage diese Woche</translation>
        </message>
        <message>
            <source>The last twelve months</source>
            <translation>Die letzten zwölf Monate</translation>
        </message>
        <message>
            <source>The chosen day</source>
            <translation>Der gewählte Tag</translation>
        </message>
        <message>
            <source>Minutes held per week</source>
            <translation>Gehaltene Minuten pro Woche</translation>
        </message>
        <message>
            <source>Areas and sessions</source>
            <translation>Bereiche und Einheiten</translation>
        </message>
        <message>
            <source>Every area and side</source>
            <translation>Jeder Bereich und jede Seite</translation>
        </message>
        <message>
            <source>By area</source>
            <translation>Nach Bereich</translation>
        </message>
        <message>
            <source>Every session, newest first</source>
            <translation>Jede Einheit, die neueste zuerst</translation>
        </message>
        <message>
            <source>Show &amp;holds</source>
            <translation>&amp;Haltephasen zeigen</translation>
        </message>
        <message>
            <source>Show the holds of the chosen session</source>
            <translation>Die Haltephasen der gewählten Einheit zeigen</translation>
        </message>
        <message>
            <source>Double-click a session, or press Enter on it, to see its holds.</source>
            <translation>Doppelklick auf eine Einheit oder Eingabe zeigt ihre Haltephasen.</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>&amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>Export the history as a CSV table</source>
            <translation>Den Verlauf als CSV-Tabelle exportieren</translation>
        </message>
        <message>
            <source>&amp;Back up to file…</source>
            <translation>In Datei &amp;sichern…</translation>
        </message>
        <message>
            <source>Back up the history to a file</source>
            <translation>Den Verlauf in eine Datei sichern</translation>
        </message>
        <message>
            <source>&amp;Restore from file…</source>
            <translation>Aus Datei &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>Restore sessions from a backup file</source>
            <translation>Einheiten aus einer Sicherungsdatei wiederherstellen</translation>
        </message>
        <message>
            <source>Where the daily backups are</source>
            <translation>Wo die täglichen Sicherungen liegen</translation>
        </message>
        <message>
            <source>How each spot is going</source>
            <translation>Wie es jeder Stelle geht</translation>
        </message>
        <message>
            <source>Keeping it up, week by week</source>
            <translation>Dranbleiben, Woche für Woche</translation>
        </message>
        <message>
            <source>Keeping it up, in words</source>
            <translation>Dranbleiben, in Worten</translation>
        </message>
        <message>
            <source>A week of rest: nothing to reach.</source>
            <translation>Eine Ruhewoche: Es gibt nichts zu erreichen.</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n day(s): this week's goal is reached.</source>
            <translation>
                <numerusform>{done} von %n Tag: Das Ziel dieser Woche ist erreicht.</numerusform>
                <numerusform>{done} von %n Tagen: Das Ziel dieser Woche ist erreicht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n practice day(s) so far this week.</source>
            <translation>
                <numerusform>{done} von %n Übungstag bisher in dieser Woche.</numerusform>
                <numerusform>{done} von %n Übungstagen bisher in dieser Woche.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your history could not be read: {reason}</source>
            <translation>Dein Verlauf konnte nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>{spot}: rated on %n day(s) between {first} and {last}, still about {later}.</source>
            <translation>
                <numerusform>{spot}: an %n Tag zwischen {first} und {last} bewertet, weiterhin etwa {later}.</numerusform>
                <numerusform>{spot}: an %n Tagen zwischen {first} und {last} bewertet, weiterhin etwa {later}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{spot}: rated on %n day(s) between {first} and {last}, about {earlier} at first, {later} lately.</source>
            <translation>
                <numerusform>{spot}: an %n Tag zwischen {first} und {last} bewertet, anfangs etwa {earlier}, zuletzt {later}.</numerusform>
                <numerusform>{spot}: an %n Tagen zwischen {first} und {last} bewertet, anfangs etwa {earlier}, zuletzt {later}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s), {held} held</source>
            <translation>
                <numerusform>%n Einheit, {held} gehalten</numerusform>
                <numerusform>%n Einheiten, {held} gehalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>practising in a row · best %n day(s)</source>
            <translation>
                <numerusform>Übung in Folge · Bestwert %n Tag</numerusform>
                <numerusform>Übung in Folge · Bestwert %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n Woche</numerusform>
                <numerusform>%n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{goal} · best %n week(s)</source>
            <translation>
                <numerusform>{goal} · Bestwert %n Woche</numerusform>
                <numerusform>{goal} · Bestwert %n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>reaching your goal of %n day(s)</source>
            <translation>
                <numerusform>Wochenziel von %n Tag erreicht</numerusform>
                <numerusform>Wochenziel von %n Tagen erreicht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Trend: the rating before the first hold of each day, earlier days against later ones, over the last %n week(s).</source>
            <translation>
                <numerusform>Trend: die Bewertung vor der ersten Haltephase jedes Tages, frühere Tage gegenüber späteren, in der letzten %n Woche.</numerusform>
                <numerusform>Trend: die Bewertung vor der ersten Haltephase jedes Tages, frühere Tage gegenüber späteren, in den letzten %n Wochen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Stopped for pain</source>
            <translation>Wegen Schmerzen beendet</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Unterbrochen</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Time to unknot?</source>
            <translation>Zeit zum Lockern?</translation>
        </message>
        <message>
            <source>You have not practised today. A few minutes on one tight spot is plenty.</source>
            <translation>Du hast heute noch nicht geübt. Ein paar Minuten an einer festen Stelle reichen völlig.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>page {number}</source>
            <translation>Seite {number}</translation>
        </message>
        <message>
            <source>Self-massage practice: a report for a clinician</source>
            <translation>Selbstmassage: ein Übungsbericht für Physiotherapie und Arztpraxis</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message>
            <source>Unknot practice report, {period}</source>
            <translation>Unknot-Übungsbericht, {period}</translation>
        </message>
        <message>
            <source>Period: {period}. Made on {today} with Unknot.</source>
            <translation>Zeitraum: {period}. Erstellt am {today} mit Unknot.</translation>
        </message>
        <message>
            <source>This report holds health data: share it only with the people you choose.</source>
            <translation>Dieser Bericht enthält Gesundheitsdaten: Gib ihn nur an Menschen weiter, die du selbst wählst.</translation>
        </message>
        <message>
            <source>How often and how long</source>
            <translation>Wie oft und wie lange</translation>
        </message>
        <message>
            <source>No session was recorded by the end of this period.</source>
            <translation>Bis zum Ende dieses Zeitraums wurde keine Sitzung aufgezeichnet.</translation>
        </message>
        <message>
            <source>The first session was on {day}: the days of the period before it are not counted.</source>
            <translation>Die erste Sitzung war am {day}: Die Tage des Zeitraums davor werden nicht mitgezählt.</translation>
        </message>
        <message>
            <source>Left: practice days each week; the short bar across is the week's goal; a filled, ticked bar met it; a hatched bar is the week in progress. Right: minutes held each week.</source>
            <translation>Links: Übungstage je Woche; der kurze Querstrich ist das Wochenziel; ein gefüllter Balken mit Haken hat es erreicht; ein schraffierter Balken ist die laufende Woche. Rechts: gehaltene Minuten je Woche.</translation>
        </message>
        <message>
            <source>Spots and tools</source>
            <translation>Stellen und Hilfsmittel</translation>
        </message>
        <message>
            <source>Spot</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Haltephasen</translation>
        </message>
        <message>
            <source>Time held</source>
            <translation>Gehaltene Zeit</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Hilfsmittel</translation>
        </message>
        <message>
            <source>No holds in this period.</source>
            <translation>Keine Haltephasen in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>Safety check</source>
            <translation>Sicherheitscheck</translation>
        </message>
        <message>
            <source>The safety check has not been answered.</source>
            <translation>Der Sicherheitscheck wurde nicht beantwortet.</translation>
        </message>
        <message>
            <source>Answered on {day}. Ticked as applying:</source>
            <translation>Beantwortet am {day}. Als zutreffend angekreuzt:</translation>
        </message>
        <message>
            <source>Answered on {day}: none of the listed conditions applies.</source>
            <translation>Beantwortet am {day}: Keine der genannten Bedingungen trifft zu.</translation>
        </message>
        <message>
            <source>Sessions stopped for sharp pain</source>
            <translation>Wegen scharfen Schmerzes abgebrochene Einheiten</translation>
        </message>
        <message>
            <source>None in this period.</source>
            <translation>Keine in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>before a hold</source>
            <translation>vor einer Haltephase</translation>
        </message>
        <message>
            <source>{when}: stopped at {spot}.</source>
            <translation>{when}: abgebrochen bei {spot}.</translation>
        </message>
        <message>
            <source>Tenderness over time</source>
            <translation>Empfindlichkeit im Verlauf</translation>
        </message>
        <message>
            <source>No spot was rated in this period.</source>
            <translation>In diesem Zeitraum wurde keine Stelle bewertet.</translation>
        </message>
        <message>
            <source>Tenderness 0-10, rated before the day's first hold of a spot and after its last. The method counts a spot as easing when its rating drops by 2 points or by half.</source>
            <translation>Empfindlichkeit 0-10, bewertet vor der ersten Haltephase einer Stelle am Tag und nach der letzten. Die Methode zählt eine Stelle als nachlassend, wenn ihre Bewertung um 2 Punkte oder um die Hälfte sinkt.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>No notes in this period.</source>
            <translation>Keine Notizen in diesem Zeitraum.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in this period.</source>
            <translation>
                <numerusform>%n Einheit in diesem Zeitraum.</numerusform>
                <numerusform>%n Einheiten in diesem Zeitraum.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Practised on {days} of %n day(s); {held} held in all, about {minutes} min on a practice day.</source>
            <translation>
                <numerusform>An {days} von %n Tag geübt; insgesamt {held} gehalten, etwa {minutes} min an einem Übungstag.</numerusform>
                <numerusform>An {days} von %n Tagen geübt; insgesamt {held} gehalten, etwa {minutes} min an einem Übungstag.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The goal was %n practice day(s) a week.</source>
            <translation>
                <numerusform>Das Ziel war %n Übungstag pro Woche.</numerusform>
                <numerusform>Das Ziel waren %n Übungstage pro Woche.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportAction</name>
        <message>
            <source>unknot-report-{first}-{last}</source>
            <comment>The report's file name, without .pdf: lower case, hyphens, no spaces</comment>
            <translation>unknot-bericht-{first}-{last}</translation>
        </message>
        <message>
            <source>The last day, {last}, is after today: a report covers days up to today. Type {today} or an earlier day, as YYYY-MM-DD.</source>
            <translation>Der letzte Tag, {last}, liegt nach heute: Ein Bericht umfasst Tage bis heute. Gib {today} oder einen früheren Tag ein, als JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>The first day, {first}, is after today: a report covers days up to today. Type {today} or an earlier day, as YYYY-MM-DD.</source>
            <translation>Der erste Tag, {first}, liegt nach heute: Ein Bericht umfasst Tage bis heute. Gib {today} oder einen früheren Tag ein, als JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>The first day, {first}, is after the last day, {last}. Type a first day on or before {last}, as YYYY-MM-DD.</source>
            <translation>Der erste Tag, {first}, liegt nach dem letzten Tag, {last}. Gib als ersten Tag den {last} oder einen früheren Tag ein, als JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Type the first day, as YYYY-MM-DD.</source>
            <translation>Gib den ersten Tag ein, als JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>The first day, “{typed}”, is not a day of the calendar. Type it as YYYY-MM-DD, such as 2026-03-01.</source>
            <translation>Der erste Tag, „{typed}“, ist kein Tag im Kalender. Gib ihn als JJJJ-MM-TT ein, etwa 2026-03-01.</translation>
        </message>
        <message>
            <source>Type the last day, as YYYY-MM-DD.</source>
            <translation>Gib den letzten Tag ein, als JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>The last day, “{typed}”, is not a day of the calendar. Type it as YYYY-MM-DD, such as 2026-03-31.</source>
            <translation>Der letzte Tag, „{typed}“, ist kein Tag im Kalender. Gib ihn als JJJJ-MM-TT ein, etwa 2026-03-31.</translation>
        </message>
        <message>
            <source>Report for a physiotherapist</source>
            <translation>Bericht für die Physiotherapie</translation>
        </message>
        <message>
            <source>A few pages to take to a physiotherapist or doctor: how often you practised, the spots and tools, how tender each spot was, sessions stopped for pain, your notes and your safety check answers.</source>
            <translation>Ein paar Seiten zum Mitnehmen in die Physiotherapie oder Arztpraxis: wie oft du geübt hast, die Stellen und Hilfsmittel, wie empfindlich jede Stelle war, wegen Schmerz abgebrochene Einheiten, deine Notizen und deine Antworten im Sicherheitscheck.</translation>
        </message>
        <message>
            <source>First day of the report, as YYYY-MM-DD</source>
            <translation>Erster Tag des Berichts, als JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>Pick the first day on a calendar</source>
            <translation>Ersten Tag im Kalender wählen</translation>
        </message>
        <message>
            <source>Last day of the report, as YYYY-MM-DD</source>
            <translation>Letzter Tag des Berichts, als JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>Pick the last day on a calendar</source>
            <translation>Letzten Tag im Kalender wählen</translation>
        </message>
        <message>
            <source>&amp;From (YYYY-MM-DD):</source>
            <translation>&amp;Von (JJJJ-MM-TT):</translation>
        </message>
        <message>
            <source>&amp;To (YYYY-MM-DD):</source>
            <translation>&amp;Bis (JJJJ-MM-TT):</translation>
        </message>
        <message>
            <source>What is wrong with the days</source>
            <translation>Was an den Tagen nicht stimmt</translation>
        </message>
        <message>
            <source>&amp;Choose where to save…</source>
            <translation>&amp;Speicherort wählen…</translation>
        </message>
        <message>
            <source>One moment</source>
            <translation>Einen Moment</translation>
        </message>
        <message>
            <source>Your history is still opening; try again in a moment.</source>
            <translation>Dein Verlauf wird noch geöffnet; versuch es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Not made</source>
            <translation>Nicht erstellt</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>The report could not be written to {file}: {reason}</source>
            <translation>Der Bericht konnte nicht nach {file} geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>The report is saved to:
{file}

It holds health data: share it only with the people you choose.</source>
            <translation>Der Bericht ist gespeichert unter:
{file}

Er enthält Gesundheitsdaten: Gib ihn nur an Menschen weiter, die du selbst wählst.</translation>
        </message>
        <message>
            <source>Save the report (it will hold health data)</source>
            <translation>Bericht speichern (er enthält Gesundheitsdaten)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>You take blood thinners (anticoagulants)</source>
            <translation>Du nimmst blutverdünnende Mittel (Antikoagulanzien)</translation>
        </message>
        <message>
            <source>Firm pressure can cause bleeding under the skin. Ask before you start.</source>
            <translation>Fester Druck kann Blutungen unter der Haut auslösen. Frag nach, bevor du anfängst.</translation>
        </message>
        <message>
            <source>You have a tumour, or are being checked for one</source>
            <translation>Du hast einen Tumor oder wirst gerade darauf untersucht</translation>
        </message>
        <message>
            <source>Ask your care team whether pressure work is right for you.</source>
            <translation>Frag dein Behandlungsteam, ob Druckarbeit für dich passt.</translation>
        </message>
        <message>
            <source>You have a metabolic condition (for example diabetes or a thyroid disorder)</source>
            <translation>Du hast eine Stoffwechselerkrankung (zum Beispiel Diabetes oder eine Schilddrüsenerkrankung)</translation>
        </message>
        <message>
            <source>Ask whether it changes how much pressure is safe for you.</source>
            <translation>Frag nach, ob sie beeinflusst, wie viel Druck für dich sicher ist.</translation>
        </message>
        <message>
            <source>You have an open wound or broken skin</source>
            <translation>Du hast eine offene Wunde oder verletzte Haut</translation>
        </message>
        <message>
            <source>Keep every tool off it until it has healed.</source>
            <translation>Halte jedes Hilfsmittel davon fern, bis sie verheilt ist.</translation>
        </message>
        <message>
            <source>You have a broken bone, a fracture that is healing, or weak bones</source>
            <translation>Du hast einen gebrochenen Knochen, einen heilenden Bruch oder schwache Knochen</translation>
        </message>
        <message>
            <source>No pressure on or near it until it is healed and cleared.</source>
            <translation>Kein Druck darauf oder in der Nähe, bis er verheilt und freigegeben ist.</translation>
        </message>
        <message>
            <source>You have, or might have, a blood clot in a vein (deep vein thrombosis)</source>
            <translation>Du hast ein Blutgerinnsel in einer Vene oder könntest eins haben (tiefe Venenthrombose)</translation>
        </message>
        <message>
            <source>No pressure on your legs: pressing could move a clot. Get it checked first.</source>
            <translation>Kein Druck auf die Beine: Druck könnte ein Gerinnsel lösen. Lass es zuerst abklären.</translation>
        </message>
        <message>
            <source>A part of you is inflamed or infected: hot, swollen or red</source>
            <translation>Eine Körperstelle ist entzündet oder infiziert: heiß, geschwollen oder gerötet</translation>
        </message>
        <message>
            <source>Leave that part alone until it has settled.</source>
            <translation>Lass diese Stelle in Ruhe, bis sie abgeklungen ist.</translation>
        </message>
        <message>
            <source>You have a fever</source>
            <translation>Du hast Fieber</translation>
        </message>
        <message>
            <source>Rest today and wait until it has gone.</source>
            <translation>Ruh dich heute aus und warte, bis es vorbei ist.</translation>
        </message>
        <message>
            <source>You have an infection in a bone</source>
            <translation>Du hast eine Knocheninfektion</translation>
        </message>
        <message>
            <source>No pressure anywhere near it; ask your doctor before you start.</source>
            <translation>Kein Druck in ihrer Nähe; frag deine Ärztin oder deinen Arzt, bevor du anfängst.</translation>
        </message>
        <message>
            <source>You have osteoporosis (thinning bones)</source>
            <translation>Du hast Osteoporose (Knochenschwund)</translation>
        </message>
        <message>
            <source>Ask how much pressure your bones can take before you start.</source>
            <translation>Frag nach, wie viel Druck deine Knochen vertragen, bevor du anfängst.</translation>
        </message>
        <message>
            <source>You had surgery recently, or still have stitches</source>
            <translation>Du wurdest kürzlich operiert oder hast noch Fäden</translation>
        </message>
        <message>
            <source>Keep off the area until your surgeon says it has healed.</source>
            <translation>Lass den Bereich in Ruhe, bis deine Chirurgin oder dein Chirurg sagt, dass er verheilt ist.</translation>
        </message>
        <message>
            <source>You have a large bruise</source>
            <translation>Du hast einen großen Bluterguss</translation>
        </message>
        <message>
            <source>Keep off it until it has faded.</source>
            <translation>Lass ihn in Ruhe, bis er verblasst ist.</translation>
        </message>
        <message>
            <source>You have less feeling somewhere (for example from nerve damage or diabetes)</source>
            <translation>Du spürst irgendwo weniger (zum Beispiel durch Nervenschäden oder Diabetes)</translation>
        </message>
        <message>
            <source>Where you cannot feel well you cannot judge the pressure: keep off there.</source>
            <translation>Wo du wenig spürst, kannst du den Druck nicht einschätzen: Lass diese Stellen aus.</translation>
        </message>
        <message>
            <source>You are pregnant</source>
            <translation>Du bist schwanger</translation>
        </message>
        <message>
            <source>Ask your midwife or doctor first.</source>
            <translation>Frag zuerst deine Hebamme, deine Ärztin oder deinen Arzt.</translation>
        </message>
    </context>
    <context>
        <name>SafetyScreen</name>
        <message>
            <source>Unknot is a guide for looking after yourself, not medical advice. It cannot examine you or know your history. If something worries you, or your body says something the app does not, a clinician's word comes first.</source>
            <translation>Unknot hilft dir, gut für dich zu sorgen, ist aber keine medizinische Beratung. Es kann dich nicht untersuchen und kennt deine Vorgeschichte nicht. Wenn dich etwas beunruhigt oder dein Körper etwas anderes sagt als die App, hat das Wort von Fachleuten Vorrang.</translation>
        </message>
        <message>
            <source>Before your first session</source>
            <translation>Vor deiner ersten Einheit</translation>
        </message>
        <message>
            <source>A yearly check</source>
            <translation>Ein jährlicher Check</translation>
        </message>
        <message>
            <source>Safety check</source>
            <translation>Sicherheitscheck</translation>
        </message>
        <message>
            <source>Steady pressure on a tight muscle is safe for most people. For some it is not, or only once a doctor or physiotherapist has said so. Does any of this apply to you now? Tick what does.</source>
            <translation>Gleichmäßiger Druck auf einen festen Muskel ist für die meisten Menschen sicher. Für manche nicht, oder erst, wenn Ärztin, Arzt oder Physiotherapie es erlaubt haben. Trifft etwas davon gerade auf dich zu? Hak an, was zutrifft.</translation>
        </message>
        <message>
            <source>A year has passed since you last answered, and health changes. Does any of this apply to you now? Tick what does.</source>
            <translation>Seit deiner letzten Antwort ist ein Jahr vergangen, und Gesundheit ändert sich. Trifft etwas davon gerade auf dich zu? Hak an, was zutrifft.</translation>
        </message>
        <message>
            <source>Pressing on a muscle is not for everyone at every time. Does any of this apply to you now? Tick what does.</source>
            <translation>Druck auf einen Muskel ist nicht für jeden zu jeder Zeit das Richtige. Trifft etwas davon gerade auf dich zu? Hak an, was zutrifft.</translation>
        </message>
        <message>
            <source>You last answered on {day}.</source>
            <translation>Zuletzt hast du am {day} geantwortet.</translation>
        </message>
        <message>
            <source>What this check is for</source>
            <translation>Wozu dieser Check dient</translation>
        </message>
        <message>
            <source>This app is not medical advice</source>
            <translation>Diese App ist keine medizinische Beratung</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Some of this applies…</source>
            <translation>Etwas davon trifft zu…</translation>
        </message>
        <message>
            <source>Some of this applies</source>
            <translation>Etwas davon trifft zu</translation>
        </message>
        <message>
            <source>None of this applies to me</source>
            <translation>Nichts davon trifft auf mich zu</translation>
        </message>
        <message>
            <source>Ask a clinician first</source>
            <translation>Zuerst Fachleute fragen</translation>
        </message>
        <message>
            <source>What to do until a clinician says it is fine</source>
            <translation>Was zu tun ist, bis Fachleute Entwarnung geben</translation>
        </message>
        <message>
            <source>Tick the areas to keep pressure off. The body map marks them, and Unknot asks before a session presses on one.</source>
            <translation>Hak die Bereiche an, die keinen Druck bekommen sollen. Die Körperkarte markiert sie, und Unknot fragt nach, bevor eine Einheit auf einen davon drückt.</translation>
        </message>
        <message>
            <source>Areas to keep pressure off</source>
            <translation>Bereiche ohne Druck</translation>
        </message>
        <message>
            <source>Keep pressure off: {area}</source>
            <translation>Ohne Druck: {area}</translation>
        </message>
        <message>
            <source>Areas ticked for you</source>
            <translation>Für dich angehakte Bereiche</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>Zurück zur Liste</translation>
        </message>
        <message>
            <source>Save my answer</source>
            <translation>Meine Antwort speichern</translation>
        </message>
        <message>
            <source>Kept free of pressure because of what you ticked.</source>
            <translation>Wegen deiner Angaben ohne Druck.</translation>
        </message>
        <message>
            <source>Please talk to your doctor or physiotherapist before you use Unknot, and show them what it asks you to do. Until they say it is fine:</source>
            <translation>Bitte sprich mit deiner Ärztin, deinem Arzt oder deiner Physiotherapie, bevor du Unknot nutzt, und zeig ihnen, wozu es dich anleitet. Bis sie sagen, dass es in Ordnung ist:</translation>
        </message>
        <message>
            <source>{areas} stay ticked because of {reason}.</source>
            <translation>{areas} bleiben angehakt wegen: {reason}.</translation>
        </message>
        <message>
            <source>Blood thinners</source>
            <translation>Blutverdünner</translation>
        </message>
        <message>
            <source>A tumour</source>
            <translation>Tumor</translation>
        </message>
        <message>
            <source>A metabolic condition</source>
            <translation>Stoffwechselerkrankung</translation>
        </message>
        <message>
            <source>An open wound</source>
            <translation>Offene Wunde</translation>
        </message>
        <message>
            <source>A broken or weak bone</source>
            <translation>Gebrochener oder schwacher Knochen</translation>
        </message>
        <message>
            <source>A possible clot</source>
            <translation>Mögliches Blutgerinnsel</translation>
        </message>
        <message>
            <source>Inflammation or infection</source>
            <translation>Entzündung oder Infektion</translation>
        </message>
        <message>
            <source>A fever</source>
            <translation>Fieber</translation>
        </message>
        <message>
            <source>A bone infection</source>
            <translation>Knocheninfektion</translation>
        </message>
        <message>
            <source>Osteoporosis</source>
            <translation>Osteoporose</translation>
        </message>
        <message>
            <source>Recent surgery or stitches</source>
            <translation>Kürzliche Operation oder Fäden</translation>
        </message>
        <message>
            <source>A large bruise</source>
            <translation>Großer Bluterguss</translation>
        </message>
        <message>
            <source>Less feeling</source>
            <translation>Weniger Gefühl</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>Schwangerschaft</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} und {last}</translation>
        </message>
        <message>
            <source>This session presses only on areas you marked to keep pressure off: {areas}. It does not start.</source>
            <translation>Diese Einheit drückt nur auf Bereiche, die du ohne Druck lassen wolltest: {areas}. Sie startet nicht.</translation>
        </message>
        <message>
            <source>If a clinician has said they are fine again, update your answer under Help ▸ Safety check.</source>
            <translation>Wenn Fachleute gesagt haben, dass sie wieder in Ordnung sind, aktualisiere deine Antwort unter Hilfe ▸ Sicherheitscheck.</translation>
        </message>
        <message>
            <source>This session includes areas you marked to keep pressure off: {areas}.</source>
            <translation>Diese Einheit enthält Bereiche, die du ohne Druck lassen wolltest: {areas}.</translation>
        </message>
        <message>
            <source>Unknot can leave them out. If a clinician has said they are fine again, update your answer under Help ▸ Safety check.</source>
            <translation>Unknot kann sie weglassen. Wenn Fachleute gesagt haben, dass sie wieder in Ordnung sind, aktualisiere deine Antwort unter Hilfe ▸ Sicherheitscheck.</translation>
        </message>
        <message>
            <source>Leave them out</source>
            <translation>Weglassen</translation>
        </message>
    </context>
    <context>
        <name>SessionActions</name>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Need more pressure</source>
            <translation>Mehr Druck nötig</translation>
        </message>
        <message>
            <source>Too much</source>
            <translation>Zu viel</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Gelöst</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Not yet, move on</source>
            <translation>Noch nicht, weiter</translation>
        </message>
        <message>
            <source>Sharp pain: stop</source>
            <translation>Scharfer Schmerz: Stopp</translation>
        </message>
        <message>
            <source>When to stop</source>
            <translation>Wann aufhören</translation>
        </message>
        <message>
            <source>Try saving again</source>
            <translation>Erneut speichern</translation>
        </message>
        <message>
            <source>Go on without saving</source>
            <translation>Ohne Speichern weiter</translation>
        </message>
    </context>
    <context>
        <name>SessionEngine</name>
        <message>
            <source>stopped</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>released</source>
            <translation>gelöst</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>held</source>
            <translation>gehalten</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Next area</source>
            <translation>Nächster Bereich</translation>
        </message>
        <message>
            <source>Next spot</source>
            <translation>Nächste Stelle</translation>
        </message>
        <message>
            <source>Yes, finish</source>
            <translation>Ja, beenden</translation>
        </message>
        <message>
            <source>Yes, next</source>
            <translation>Ja, weiter</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Need more pressure</source>
            <translation>Mehr Druck nötig</translation>
        </message>
        <message>
            <source>Too much</source>
            <translation>Zu viel</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>+1 min, still tight</source>
            <translation>+1 min, noch fest</translation>
        </message>
        <message>
            <source>Released: finish</source>
            <translation>Gelöst: beenden</translation>
        </message>
        <message>
            <source>Released: next</source>
            <translation>Gelöst: weiter</translation>
        </message>
        <message>
            <source>Not yet, finish</source>
            <translation>Noch nicht, beenden</translation>
        </message>
        <message>
            <source>Not yet, move on</source>
            <translation>Noch nicht, weiter</translation>
        </message>
        <message>
            <source>Sharp pain: stop</source>
            <translation>Scharfer Schmerz: Stopp</translation>
        </message>
        <message>
            <source>When to stop</source>
            <translation>Wann aufhören</translation>
        </message>
        <message>
            <source>Try again now</source>
            <translation>Jetzt erneut versuchen</translation>
        </message>
        <message>
            <source>Go on without saving</source>
            <translation>Ohne Speichern weiter</translation>
        </message>
    </context>
    <context>
        <name>SessionHoldsDialog</name>
        <message>
            <source>Spot</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Tool</source>
            <translation>Hilfsmittel</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gehalten</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Tenderness (before → after)</source>
            <translation>Empfindlichkeit (vorher → nachher)</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Wie es endete</translation>
        </message>
        <message>
            <source> then </source>
            <translation>, dann </translation>
        </message>
        <message>
            <source>Daily scan on {when}</source>
            <translation>Täglicher Check am {when}</translation>
        </message>
        <message>
            <source>Focus session on {when}</source>
            <translation>Fokuseinheit am {when}</translation>
        </message>
        <message>
            <source>Holds of this session</source>
            <translation>Haltephasen dieser Einheit</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Notiz: {note}</translation>
        </message>
        <message numerus="yes">
            <source>{held} held over %n hold(s)</source>
            <translation>
                <numerusform>{held} gehalten in %n Haltephase</numerusform>
                <numerusform>{held} gehalten in %n Haltephasen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionScreen</name>
        <message>
            <source>Guided session</source>
            <translation>Angeleitete Einheit</translation>
        </message>
        <message>
            <source>The focus session could not start: {reason}</source>
            <translation>Die Fokuseinheit konnte nicht starten: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SessionSummary</name>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>spots</source>
            <translation>Stellen</translation>
        </message>
        <message>
            <source>held</source>
            <translation>gehalten</translation>
        </message>
        <message>
            <source>day streak</source>
            <translation>Tage in Folge</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>diese Woche</translation>
        </message>
        <message>
            <source>Start focus session (F)</source>
            <translation>Fokuseinheit starten (F)</translation>
        </message>
        <message>
            <source>A note for this session (optional)</source>
            <translation>Eine Notiz zu dieser Einheit (freiwillig)</translation>
        </message>
        <message>
            <source>e.g. slept badly, after gardening</source>
            <translation>z. B. schlecht geschlafen, nach der Gartenarbeit</translation>
        </message>
        <message>
            <source>Session note</source>
            <translation>Notiz zur Einheit</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>Zusammenfassung der Einheit</translation>
        </message>
        <message>
            <source>Back to body map (Esc)</source>
            <translation>Zurück zur Körperkarte (Esc)</translation>
        </message>
        <message>
            <source>{done} of {needed}</source>
            <translation>{done} von {needed}</translation>
        </message>
        <message>
            <source>days this week</source>
            <translation>Tage diese Woche</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Tools used: {tools}</source>
            <translation>Benutzte Hilfsmittel: {tools}</translation>
        </message>
        <message>
            <source>A day counts for your streak from one minute held; today has {held} so far.</source>
            <translation>Ein Tag zählt ab einer gehaltenen Minute für deine Tage in Folge; heute sind es bisher {held}.</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>Notiz gespeichert.</translation>
        </message>
        <message>
            <source>Note removed.</source>
            <translation>Notiz entfernt.</translation>
        </message>
        <message>
            <source>The note could not be saved: {reason}</source>
            <translation>Die Notiz konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>Holds in this session</source>
            <translation>Haltephasen dieser Einheit</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gehalten</translation>
        </message>
        <message>
            <source>Tenderness</source>
            <translation>Empfindlichkeit</translation>
        </message>
        <message>
            <source>Spot</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Hilfsmittel</translation>
        </message>
        <message>
            <source>Tenderness before → after</source>
            <translation>Empfindlichkeit vorher → nachher</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>No area reached {threshold} out of 10 today. Pick any spot on the body map if you want to spend longer on it.</source>
            <translation>Heute hat kein Bereich {threshold} von 10 erreicht. Wähl eine beliebige Stelle auf der Körperkarte, wenn du länger daran arbeiten möchtest.</translation>
        </message>
        <message numerus="yes">
            <source>area(s)</source>
            <translation>
                <numerusform>Bereich</numerusform>
                <numerusform>Bereiche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>spot(s)</source>
            <translation>
                <numerusform>Stelle</numerusform>
                <numerusform>Stellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Worth more time today: {areas}. A focus session on them, %n spot(s), takes about {minutes} min.</source>
            <translation>
                <numerusform>Heute mehr Zeit wert: {areas}. Eine Fokuseinheit dafür, %n Stelle, dauert etwa {minutes} min.</numerusform>
                <numerusform>Heute mehr Zeit wert: {areas}. Eine Fokuseinheit dafür, %n Stellen, dauert etwa {minutes} min.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionTexts</name>
        <message>
            <source>Switch to the {tool}.</source>
            <translation>Nächstes Hilfsmittel: {tool}.</translation>
        </message>
        <message>
            <source>Switch to the {tool}. The clock keeps running.</source>
            <translation>Nächstes Hilfsmittel: {tool}. Die Zeit läuft weiter.</translation>
        </message>
        <message>
            <source>The {tool} is as firm as it gets for the {area}. More pressure is not the goal: stay on the spot, breathe out slowly and let time do the work.</source>
            <translation>Für diesen Bereich ({area}) ist {tool} schon das festeste Hilfsmittel. Mehr Druck ist nicht das Ziel: Bleib auf der Stelle, atme langsam aus und lass die Zeit arbeiten.</translation>
        </message>
        <message>
            <source>Start with the {tool} then.</source>
            <translation>Dann fang mit diesem Hilfsmittel an: {tool}.</translation>
        </message>
        <message>
            <source>Switch to the {tool}, or lean in less. Four to six out of ten is plenty.</source>
            <translation>Nimm ein sanfteres Hilfsmittel ({tool}) oder lehn dich weniger hinein. Vier bis sechs von zehn sind genug.</translation>
        </message>
        <message>
            <source>Take some of your weight off the spot. Four to six out of ten is plenty.</source>
            <translation>Nimm etwas Gewicht von der Stelle. Vier bis sechs von zehn sind genug.</translation>
        </message>
        <message>
            <source>The {tool} is the gentlest tool you have for this spot: start with it and lean in lightly.</source>
            <translation>{tool}: Das ist dein sanftestes Hilfsmittel für diese Stelle. Fang damit an und lehn dich nur leicht hinein.</translation>
        </message>
        <message>
            <source>The {tool} is as firm as it gets for the {area}: start with it and let time do the work.</source>
            <translation>Für diesen Bereich ({area}) ist {tool} schon das festeste Hilfsmittel: Fang damit an und lass die Zeit arbeiten.</translation>
        </message>
        <message>
            <source>That is a lot. Start gentler: less body weight or a softer tool. Four to six out of ten is plenty.</source>
            <translation>Das ist viel. Fang sanfter an: weniger Körpergewicht oder ein weicheres Hilfsmittel. Vier bis sechs von zehn sind genug.</translation>
        </message>
        <message>
            <source>That is a lot. Next time use less pressure on this spot. Four to six out of ten is plenty.</source>
            <translation>Das ist viel. Nimm beim nächsten Mal weniger Druck auf dieser Stelle. Vier bis sechs von zehn sind genug.</translation>
        </message>
        <message>
            <source>That is a lot. Go gently on this area today, or leave it for now.</source>
            <translation>Das ist viel. Geh heute sanft mit diesem Bereich um oder lass ihn erst einmal aus.</translation>
        </message>
        <message>
            <source>Four to six out of ten is plenty.</source>
            <translation>Vier bis sechs von zehn sind genug.</translation>
        </message>
        <message>
            <source>Five minutes is the most for one spot.</source>
            <translation>Fünf Minuten sind das Höchste für eine Stelle.</translation>
        </message>
        <message>
            <source>Paused: the computer was asleep. Press Space when you are back on the spot.</source>
            <translation>Pausiert: Der Computer hat geschlafen. Drück die Leertaste, wenn du wieder auf der Stelle bist.</translation>
        </message>
        <message>
            <source>Paused. Press Space to carry on.</source>
            <translation>Pausiert. Drück die Leertaste, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Paused: press Space to carry on.</source>
            <translation>Pausiert: Drück die Leertaste, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Get into position, then press Space to start.</source>
            <translation>Geh in Position und drück dann die Leertaste, um zu beginnen.</translation>
        </message>
        <message>
            <source>Press Space to start.</source>
            <translation>Drück die Leertaste, um zu beginnen.</translation>
        </message>
        <message>
            <source>A quick check: notice how tender each area is. Press Space to start.</source>
            <translation>Ein kurzer Check: Spür nach, wie empfindlich jeder Bereich ist. Drück die Leertaste, um zu beginnen.</translation>
        </message>
        <message>
            <source>How tender is this area? Tap a number.</source>
            <translation>Wie empfindlich ist dieser Bereich? Tipp eine Zahl an.</translation>
        </message>
        <message>
            <source>Gentle pressure is enough: you are only checking how it feels.</source>
            <translation>Sanfter Druck reicht: Du prüfst nur, wie es sich anfühlt.</translation>
        </message>
        <message>
            <source>Time is up. Did it release?</source>
            <translation>Die Zeit ist um. Hat es sich gelöst?</translation>
        </message>
        <message>
            <source>Time is up. How tender was it? Tap a number, or go on without.</source>
            <translation>Die Zeit ist um. Wie empfindlich war es? Tipp eine Zahl an oder mach ohne weiter.</translation>
        </message>
        <message>
            <source>Released. Well done.</source>
            <translation>Gelöst. Gut gemacht.</translation>
        </message>
        <message>
            <source>One more minute on this spot.</source>
            <translation>Noch eine Minute auf dieser Stelle.</translation>
        </message>
        <message>
            <source>Stopped. Take the pressure off.</source>
            <translation>Beendet. Nimm den Druck weg.</translation>
        </message>
        <message>
            <source>How tender is it? (optional)</source>
            <translation>Wie empfindlich ist es? (freiwillig)</translation>
        </message>
        <message>
            <source>How tender is it now? (optional)</source>
            <translation>Wie empfindlich ist es jetzt? (freiwillig)</translation>
        </message>
        <message>
            <source>This hold could not be saved: {reason}</source>
            <translation>Diese Haltephase konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>Mild soreness for a day or two is normal, like after a workout. Sharp or lasting pain is not: stop and ask a professional.</source>
            <translation>Leichter Muskelkater für ein, zwei Tage ist normal, wie nach dem Sport. Stechender oder anhaltender Schmerz nicht: Hör auf und frag Fachleute.</translation>
        </message>
        <message>
            <source>What you held is saved, up to the moment you stopped.</source>
            <translation>Alles, was du bis zum Stopp gehalten hast, ist gespeichert.</translation>
        </message>
        <message>
            <source>Leave the session?</source>
            <translation>Die Einheit verlassen?</translation>
        </message>
        <message>
            <source>Closing keeps the holds you finished; leave?</source>
            <translation>Beim Schließen bleiben die abgeschlossenen Haltephasen erhalten. Verlassen?</translation>
        </message>
        <message>
            <source>Nothing has been held in this session yet; leave it?</source>
            <translation>In dieser Einheit wurde noch nichts gehalten. Trotzdem verlassen?</translation>
        </message>
        <message>
            <source>Closing keeps the holds you finished and the time on this spot so far; leave?</source>
            <translation>Beim Schließen bleiben die abgeschlossenen Haltephasen und die bisherige Zeit auf dieser Stelle erhalten. Verlassen?</translation>
        </message>
        <message>
            <source>This hold is not saved yet: {reason}.</source>
            <translation>Diese Haltephase ist noch nicht gespeichert: {reason}.</translation>
        </message>
        <message>
            <source>It is kept here and tried again on its own. Try now, or go on without saving it.</source>
            <translation>Sie bleibt hier und wird von selbst erneut versucht. Versuch es jetzt oder mach ohne Speichern weiter.</translation>
        </message>
        <message>
            <source>The end of this session is not saved yet: {reason}.</source>
            <translation>Das Ende dieser Einheit ist noch nicht gespeichert: {reason}.</translation>
        </message>
        <message>
            <source>Not everything could be saved: {reason}. Unknot keeps trying while it is open.</source>
            <translation>Nicht alles konnte gespeichert werden: {reason}. Unknot versucht es weiter, solange es geöffnet ist.</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>left</source>
            <translation>übrig</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>time is up</source>
            <translation>Zeit ist um</translation>
        </message>
        <message>
            <source>held</source>
            <translation>gehalten</translation>
        </message>
        <message>
            <source>hold not saved</source>
            <translation>nicht gespeichert</translation>
        </message>
        <message>
            <source>end not saved</source>
            <translation>Ende nicht gespeichert</translation>
        </message>
        <message>
            <source>Stopped for pain</source>
            <translation>Wegen Schmerzen beendet</translation>
        </message>
        <message>
            <source>Session interrupted</source>
            <translation>Einheit unterbrochen</translation>
        </message>
        <message>
            <source>Nothing held this time</source>
            <translation>Diesmal nichts gehalten</translation>
        </message>
        <message>
            <source>Daily scan done</source>
            <translation>Täglicher Check erledigt</translation>
        </message>
        <message>
            <source>Session done. Well done.</source>
            <translation>Einheit erledigt. Gut gemacht.</translation>
        </message>
        <message>
            <source>No spot was held for more than a few seconds, so this does not count as practice. Even two minutes on one spot does.</source>
            <translation>Keine Stelle wurde länger als ein paar Sekunden gehalten, daher zählt das nicht als Übung. Schon zwei Minuten auf einer Stelle zählen.</translation>
        </message>
        <message>
            <source>Stopped for pain. Do not go back to that spot today. If the pain does not ease within a day or so, or comes with numbness, weakness or dizziness, see a doctor or physiotherapist.</source>
            <translation>Wegen Schmerzen beendet. Geh heute nicht zurück auf diese Stelle. Wenn der Schmerz nicht innerhalb von etwa einem Tag nachlässt oder mit Taubheit, Schwäche oder Schwindel einhergeht, geh zur Ärztin, zum Arzt oder in die Physiotherapie.</translation>
        </message>
        <message>
            <source>Halfway there.</source>
            <translation>Die Hälfte ist geschafft.</translation>
        </message>
        <message>
            <source>Ten seconds left.</source>
            <translation>Noch zehn Sekunden.</translation>
        </message>
        <message>
            <source>Nearly time: stay on the spot.</source>
            <translation>Gleich geschafft: Bleib auf der Stelle.</translation>
        </message>
        <message>
            <source>Session done.</source>
            <translation>Einheit erledigt.</translation>
        </message>
        <message>
            <source>Scan done.</source>
            <translation>Check erledigt.</translation>
        </message>
        <message>
            <source>Space</source>
            <comment>The Space key as the texts above name it</comment>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Come off the tool and sit or lie comfortably. Do not go back to that spot today.</source>
            <translation>Geh vom Hilfsmittel herunter und sitz oder lieg bequem. Geh heute nicht zurück auf diese Stelle.</translation>
        </message>
        <message>
            <source>If the pain does not ease within a day or so, see a doctor or physiotherapist.</source>
            <translation>Wenn der Schmerz nicht innerhalb von etwa einem Tag nachlässt, geh zur Ärztin, zum Arzt oder in die Physiotherapie.</translation>
        </message>
        <message>
            <source>Get help sooner if it comes with numbness, pins and needles, weakness, dizziness, a headache that gets worse, or a pulse under the ball.</source>
            <translation>Hol dir früher Hilfe, wenn Taubheit, Kribbeln, Schwäche, Schwindel, ein stärker werdender Kopfschmerz oder ein Puls unter dem Ball dazukommen.</translation>
        </message>
        <message>
            <source>A calf that is swollen, warm or red on one side needs checking before any more pressure. Chest pain or trouble breathing: call emergency services.</source>
            <translation>Eine Wade, die auf einer Seite geschwollen, warm oder gerötet ist, muss vor jedem weiteren Druck untersucht werden. Bei Brustschmerzen oder Atemnot: Ruf den Notruf.</translation>
        </message>
        <message>
            <source>Next, sit down. Press Space when you are settled.</source>
            <translation>Als Nächstes: Setz dich hin. Drück die Leertaste, wenn du bereit bist.</translation>
        </message>
        <message>
            <source>Next, at a wall: stand up and take your ball. Press Space when you are in place.</source>
            <translation>Als Nächstes an einer Wand: Steh auf und nimm deinen Ball. Drück die Leertaste, wenn du bereit bist.</translation>
        </message>
        <message>
            <source>Next, on the floor: get down onto a mat. Press Space when you are in place.</source>
            <translation>Als Nächstes auf dem Boden: Leg dich auf eine Matte. Drück die Leertaste, wenn du bereit bist.</translation>
        </message>
        <message>
            <source>{name}: hold started, {length}.</source>
            <translation>{name}: Haltephase begonnen, {length}.</translation>
        </message>
        <message>
            <source>{name}: hold started.</source>
            <translation>{name}: Haltephase begonnen.</translation>
        </message>
        <message>
            <source>One more minute. {left} left.</source>
            <translation>Noch eine Minute. {left} übrig.</translation>
        </message>
        <message>
            <source>Halfway. {left} left.</source>
            <translation>Halbzeit. {left} übrig.</translation>
        </message>
        <message>
            <source>Time is up on the {spot}.</source>
            <translation>Die Zeit ist um: {spot}.</translation>
        </message>
        <message>
            <source>{name}: time is up.</source>
            <translation>{name}: Die Zeit ist um.</translation>
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Spots</source>
            <translation>Stellen</translation>
        </message>
        <message>
            <source>Time held</source>
            <translation>Gehaltene Zeit</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Wie es endete</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Daily scan</source>
            <translation>Täglicher Check</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Fokus</translation>
        </message>
        <message>
            <source>no holds</source>
            <translation>keine Haltephasen</translation>
        </message>
        <message numerus="yes">
            <source>{spots} and %n more</source>
            <translation>
                <numerusform>{spots} und %n weitere</numerusform>
                <numerusform>{spots} und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Still running</source>
            <translation>Läuft noch</translation>
        </message>
        <message numerus="yes">
            <source>%n area(s) checked</source>
            <translation>
                <numerusform>%n Bereich geprüft</numerusform>
                <numerusform>%n Bereiche geprüft</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Your settings could not be read ({reason}), so the defaults are used for now.</source>
            <translation>Deine Einstellungen konnten nicht gelesen werden ({reason}), daher gelten vorerst die Standardwerte.</translation>
        </message>
        <message>
            <source>A copy of the old settings file could not be kept.</source>
            <translation>Eine Kopie der alten Einstellungsdatei konnte nicht aufbewahrt werden.</translation>
        </message>
        <message>
            <source>The old settings file was kept as {file}.</source>
            <translation>Die alte Einstellungsdatei wurde als {file} aufbewahrt.</translation>
        </message>
        <message>
            <source>Your settings file was changed outside Unknot after Unknot read it. That version was kept as {file}, and the settings you chose here were saved.</source>
            <translation>Deine Einstellungsdatei wurde außerhalb von Unknot geändert, nachdem Unknot sie gelesen hatte. Diese Fassung wurde als {file} aufbewahrt, und die Einstellungen, die du hier gewählt hast, wurden gespeichert.</translation>
        </message>
        <message>
            <source>The settings file held something Unknot could not use, so it was kept as {file} before your new settings were saved.</source>
            <translation>Die Einstellungsdatei enthielt etwas, das Unknot nicht verwenden konnte. Sie wurde deshalb als {file} aufbewahrt, bevor deine neuen Einstellungen gespeichert wurden.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source>default hold</source>
            <translation>Standard-Haltezeit</translation>
        </message>
        <message>
            <source>a whole number of seconds from {low} to {high}</source>
            <translation>eine ganze Zahl von Sekunden zwischen {low} und {high}</translation>
        </message>
        <message>
            <source>weekly goal</source>
            <translation>Wochenziel</translation>
        </message>
        <message>
            <source>a number of days from 1 to 7</source>
            <translation>eine Zahl von Tagen zwischen 1 und 7</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) a week</source>
            <translation>
                <numerusform>%n Tag pro Woche</numerusform>
                <numerusform>%n Tage pro Woche</numerusform>
            </translation>
        </message>
        <message>
            <source>first day of the week</source>
            <translation>erster Tag der Woche</translation>
        </message>
        <message>
            <source>a weekday from 1 (Monday) to 7 (Sunday), or null to follow the system</source>
            <translation>ein Wochentag von 1 (Montag) bis 7 (Sonntag), oder null, um dem System zu folgen</translation>
        </message>
        <message>
            <source>the system's</source>
            <translation>die Einstellung des Systems</translation>
        </message>
        <message>
            <source>day start</source>
            <translation>Tagesbeginn</translation>
        </message>
        <message>
            <source>a time of day written "HH:MM"</source>
            <translation>eine Uhrzeit im Format "HH:MM"</translation>
        </message>
        <message>
            <source>sound</source>
            <translation>Klang</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>a whole number from 0 to 100</source>
            <translation>eine ganze Zahl zwischen 0 und 100</translation>
        </message>
        <message>
            <source>moving on to the next spot by itself</source>
            <translation>automatisches Weitergehen zur nächsten Stelle</translation>
        </message>
        <message>
            <source>reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>a time of day written "HH:MM", or null for no reminder</source>
            <translation>eine Uhrzeit im Format "HH:MM", oder null für keine Erinnerung</translation>
        </message>
        <message>
            <source>no reminder</source>
            <translation>keine Erinnerung</translation>
        </message>
        <message>
            <source>tray icon</source>
            <translation>Symbol im Infobereich</translation>
        </message>
        <message>
            <source>starting minimised</source>
            <translation>minimierter Start</translation>
        </message>
        <message>
            <source>date of the safety check</source>
            <translation>Datum des Sicherheitschecks</translation>
        </message>
        <message>
            <source>a date written "YYYY-MM-DD", or null</source>
            <translation>ein Datum im Format "YYYY-MM-DD", oder null</translation>
        </message>
        <message>
            <source>not yet done</source>
            <translation>noch nicht erledigt</translation>
        </message>
        <message>
            <source>safety check answer</source>
            <translation>Antwort auf den Sicherheitscheck</translation>
        </message>
        <message>
            <source>a list of the conditions the safety check names</source>
            <translation>eine Liste der Punkte, die der Sicherheitscheck nennt</translation>
        </message>
        <message>
            <source>list of areas to keep pressure off</source>
            <translation>Liste der Bereiche ohne Druck</translation>
        </message>
        <message>
            <source>a list of body areas (head, jaw, neck, shoulders, arms, lower_back, hips, quads, calves, feet)</source>
            <translation>eine Liste von Körperbereichen (head, jaw, neck, shoulders, arms, lower_back, hips, quads, calves, feet)</translation>
        </message>
        <message>
            <source>list of your tools</source>
            <translation>Liste deiner Hilfsmittel</translation>
        </message>
        <message>
            <source>a list of tools (tennis_ball, lacrosse_ball, foam_roller)</source>
            <translation>eine Liste von Hilfsmitteln (tennis_ball, lacrosse_ball, foam_roller)</translation>
        </message>
        <message>
            <source>language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>"system", "en" or "de"</source>
            <translation>"system", "en" oder "de"</translation>
        </message>
        <message>
            <source>spoken coach</source>
            <translation>Sprachbegleitung</translation>
        </message>
        <message>
            <source>note that the spoken coach was offered</source>
            <translation>Hinweis, dass die Sprachbegleitung angeboten wurde</translation>
        </message>
        <message>
            <source>amount the coach says</source>
            <translation>wie viel die Sprachbegleitung sagt</translation>
        </message>
        <message>
            <source>"minimal", "normal" or "every_minute"</source>
            <translation>"minimal", "normal" oder "every_minute"</translation>
        </message>
        <message>
            <source>coach's voice</source>
            <translation>Stimme der Sprachbegleitung</translation>
        </message>
        <message>
            <source>the name of a voice, or null for the default one</source>
            <translation>der Name einer Stimme, oder null für die übliche</translation>
        </message>
        <message>
            <source>the default voice</source>
            <translation>die übliche Stimme</translation>
        </message>
        <message>
            <source>speed of the coach's voice</source>
            <translation>Sprechtempo der Sprachbegleitung</translation>
        </message>
        <message>
            <source>a whole number from -10 to 10</source>
            <translation>eine ganze Zahl von -10 bis 10</translation>
        </message>
        <message>
            <source>volume of the coach's voice</source>
            <translation>Lautstärke der Sprachbegleitung</translation>
        </message>
        <message>
            <source>window place</source>
            <translation>Fensterposition</translation>
        </message>
        <message>
            <source>a list of four whole numbers (x, y, width, height), or null</source>
            <translation>eine Liste aus vier ganzen Zahlen (x, y, Breite, Höhe), oder null</translation>
        </message>
        <message>
            <source>the size that fits the screen</source>
            <translation>die Größe, die auf den Bildschirm passt</translation>
        </message>
        <message>
            <source>Your settings file was damaged and could not be read, so all settings are back to their defaults.</source>
            <translation>Deine Einstellungsdatei war beschädigt und konnte nicht gelesen werden, daher stehen alle Einstellungen wieder auf ihren Standardwerten.</translation>
        </message>
        <message>
            <source>The {setting} in your settings was {value}, which is not {expected}; it is back to {default}.</source>
            <translation>Der Wert für „{setting}“ in deinen Einstellungen war {value}; erwartet wird {expected}. Er steht wieder auf: {default}.</translation>
        </message>
        <message>
            <source>The {setting} in your settings was {value}, which is not {expected}. Your answer is unknown, so the safety check will be asked again before your next session.</source>
            <translation>Der Wert für „{setting}“ in deinen Einstellungen war {value}; erwartet wird {expected}. Deine Antwort ist damit unbekannt, deshalb kommt vor deiner nächsten Sitzung noch einmal der Sicherheitscheck.</translation>
        </message>
        <message>
            <source>Let the pictures of positions move</source>
            <translation>Bilder der Haltungen bewegen lassen</translation>
        </message>
        <message>
            <source>Off: each picture stays still on the position to hold.</source>
            <translation>Aus: Jedes Bild bleibt ruhig auf der Haltung stehen, die du hältst.</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a number of %n digit(s)</source>
            <translation>
                <numerusform>eine Zahl mit %n Ziffer</numerusform>
                <numerusform>eine Zahl mit %n Ziffern</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Standardwerte wiederherstellen</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Default hold</source>
            <translation>Standard-Haltezeit</translation>
        </message>
        <message>
            <source>Default &amp;hold:</source>
            <translation>Standard-&amp;Haltezeit:</translation>
        </message>
        <message>
            <source>Weekly goal in days</source>
            <translation>Wochenziel in Tagen</translation>
        </message>
        <message>
            <source>Weekly &amp;goal:</source>
            <translation>Wochen&amp;ziel:</translation>
        </message>
        <message>
            <source>First day of the week</source>
            <translation>Erster Tag der Woche</translation>
        </message>
        <message>
            <source>As the system says ({weekday})</source>
            <translation>Wie im System eingestellt ({weekday})</translation>
        </message>
        <message>
            <source>&amp;Weeks start on:</source>
            <translation>&amp;Wochen beginnen am:</translation>
        </message>
        <message>
            <source>A new day starts at</source>
            <translation>Ein neuer Tag beginnt um</translation>
        </message>
        <message>
            <source>Practice before this time counts for the day before.</source>
            <translation>Übung vor dieser Uhrzeit zählt für den Vortag.</translation>
        </message>
        <message>
            <source>A new &amp;day starts at:</source>
            <translation>Ein neuer &amp;Tag beginnt um:</translation>
        </message>
        <message>
            <source>Your tools</source>
            <translation>Deine Hilfsmittel</translation>
        </message>
        <message>
            <source>T&amp;ennis ball</source>
            <translation>T&amp;ennisball</translation>
        </message>
        <message>
            <source>&amp;Lacrosse ball</source>
            <translation>&amp;Lacrosseball</translation>
        </message>
        <message>
            <source>&amp;Foam roller</source>
            <translation>&amp;Faszienrolle</translation>
        </message>
        <message>
            <source>Hands are always there. Sessions use only what you tick: a tennis ball first, a lacrosse ball when it is not enough.</source>
            <translation>Hände hast du immer. Einheiten nutzen nur, was du anhakst: zuerst einen Tennisball, einen Lacrosseball, wenn er nicht reicht.</translation>
        </message>
        <message>
            <source>During a session</source>
            <translation>Während einer Einheit</translation>
        </message>
        <message>
            <source>&amp;Chime when a hold ends</source>
            <translation>&amp;Klang am Ende einer Haltephase</translation>
        </message>
        <message>
            <source>Chime when a hold ends</source>
            <translation>Klang am Ende einer Haltephase</translation>
        </message>
        <message>
            <source>&amp;Volume:</source>
            <translation>Lautst&amp;ärke:</translation>
        </message>
        <message>
            <source>Chime volume</source>
            <translation>Lautstärke des Klangs</translation>
        </message>
        <message>
            <source>&amp;Move on to the next spot by itself</source>
            <translation>&amp;Von selbst zur nächsten Stelle weitergehen</translation>
        </message>
        <message>
            <source>Move on to the next spot by itself</source>
            <translation>Von selbst zur nächsten Stelle weitergehen</translation>
        </message>
        <message>
            <source>Reminders and the desktop</source>
            <translation>Erinnerungen und Desktop</translation>
        </message>
        <message>
            <source>&amp;Remind me each day at</source>
            <translation>&amp;Erinnere mich täglich um</translation>
        </message>
        <message>
            <source>Daily reminder</source>
            <translation>Tägliche Erinnerung</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Uhrzeit der Erinnerung</translation>
        </message>
        <message>
            <source>While Unknot is running, and only on days you have not practised yet.</source>
            <translation>Solange Unknot läuft, und nur an Tagen, an denen du noch nicht geübt hast.</translation>
        </message>
        <message>
            <source>Show an icon in the system &amp;tray</source>
            <translation>Symbol im Info&amp;bereich anzeigen</translation>
        </message>
        <message>
            <source>Show an icon in the system tray</source>
            <translation>Symbol im Infobereich anzeigen</translation>
        </message>
        <message>
            <source>&amp;Start minimised</source>
            <translation>&amp;Minimiert starten</translation>
        </message>
        <message>
            <source>Start minimised</source>
            <translation>Minimiert starten</translation>
        </message>
        <message>
            <source>Minimised means hidden in the tray when the icon shows, otherwise in the taskbar.</source>
            <translation>Minimiert heißt: im Infobereich versteckt, wenn das Symbol angezeigt wird, sonst in der Taskleiste.</translation>
        </message>
        <message>
            <source>This desktop has no system tray: Unknot starts minimised in the taskbar, and everything stays in the window and its menus.</source>
            <translation>Dieser Desktop hat keinen Infobereich: Unknot startet minimiert in der Taskleiste, und alles bleibt im Fenster und seinen Menüs.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie im System</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>A new language applies the next time Unknot starts.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von Unknot.</translation>
        </message>
        <message numerus="yes">
            <source> day(s) a week</source>
            <translation>
                <numerusform> Tag pro Woche</numerusform>
                <numerusform> Tage pro Woche</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpotStatsModel</name>
        <message>
            <source>Area</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Time held</source>
            <translation>Gehaltene Zeit</translation>
        </message>
        <message>
            <source>Last rating</source>
            <translation>Letzte Bewertung</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Durchschnitt</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>The area of the body</source>
            <translation>Der Körperbereich</translation>
        </message>
        <message>
            <source>Left, right, or both sides at once</source>
            <translation>Links, rechts oder beide Seiten zugleich</translation>
        </message>
        <message>
            <source>Sessions with at least one hold on it</source>
            <translation>Einheiten mit mindestens einer Haltephase darauf</translation>
        </message>
        <message>
            <source>Time held on it in all, to the second</source>
            <translation>Wie lange du hier insgesamt gehalten hast, auf die Sekunde</translation>
        </message>
        <message>
            <source>Tenderness before → after its most recent rated hold (0-10)</source>
            <translation>Empfindlichkeit vorher → nachher bei der letzten bewerteten Haltephase (0-10)</translation>
        </message>
        <message>
            <source>Average tenderness before → after its holds (0-10)</source>
            <translation>Durchschnittliche Empfindlichkeit vorher → nachher (0-10)</translation>
        </message>
        <message>
            <source>Over the last six weeks: the rating before the first hold of each day, earlier days against later ones</source>
            <translation>In den letzten sechs Wochen: die Bewertung vor der ersten Haltephase jedes Tages, frühere Tage gegenüber späteren</translation>
        </message>
        <message>
            <source>↓ easing</source>
            <translation>↓ wird lockerer</translation>
        </message>
        <message>
            <source>→ about the same</source>
            <translation>→ etwa gleich</translation>
        </message>
        <message>
            <source>↑ more tender</source>
            <translation>↑ empfindlicher</translation>
        </message>
        <message>
            <source>not enough ratings</source>
            <translation>zu wenige Bewertungen</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>both</source>
            <translation>beide</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message numerus="yes">
            <source>Fewer than two days with a rating before a hold in the last %n week(s), so there is no trend yet.</source>
            <translation>
                <numerusform>Weniger als zwei Tage mit einer Bewertung vor einer Haltephase in der letzten %n Woche, daher noch kein Trend.</numerusform>
                <numerusform>Weniger als zwei Tage mit einer Bewertung vor einer Haltephase in den letzten %n Wochen, daher noch kein Trend.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rated on %n day(s) in the last {weeks}: about {earlier} on the earlier days and {later} on the later ones (the rating before the first hold of each day).</source>
            <translation>
                <numerusform>An %n Tag in den letzten {weeks} bewertet: etwa {earlier} an den früheren Tagen und {later} an den späteren (die Bewertung vor der ersten Haltephase jedes Tages).</numerusform>
                <numerusform>An %n Tagen in den letzten {weeks} bewertet: etwa {earlier} an den früheren Tagen und {later} an den späteren (die Bewertung vor der ersten Haltephase jedes Tages).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n Woche</numerusform>
                <numerusform>%n Wochen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Spots</name>
        <message>
            <source>Left jaw</source>
            <translation>Linker Kiefer</translation>
        </message>
        <message>
            <source>Right jaw</source>
            <translation>Rechter Kiefer</translation>
        </message>
        <message>
            <source>Left side of the neck</source>
            <translation>Linke Nackenseite</translation>
        </message>
        <message>
            <source>Right side of the neck</source>
            <translation>Rechte Nackenseite</translation>
        </message>
        <message>
            <source>Left shoulder</source>
            <translation>Linke Schulter</translation>
        </message>
        <message>
            <source>Right shoulder</source>
            <translation>Rechte Schulter</translation>
        </message>
        <message>
            <source>Left arm</source>
            <translation>Linker Arm</translation>
        </message>
        <message>
            <source>Right arm</source>
            <translation>Rechter Arm</translation>
        </message>
        <message>
            <source>Left lower back</source>
            <translation>Unterer Rücken links</translation>
        </message>
        <message>
            <source>Right lower back</source>
            <translation>Unterer Rücken rechts</translation>
        </message>
        <message>
            <source>Left hip</source>
            <translation>Linke Hüfte</translation>
        </message>
        <message>
            <source>Right hip</source>
            <translation>Rechte Hüfte</translation>
        </message>
        <message>
            <source>Left thigh</source>
            <translation>Linker Oberschenkel</translation>
        </message>
        <message>
            <source>Right thigh</source>
            <translation>Rechter Oberschenkel</translation>
        </message>
        <message>
            <source>Left calf</source>
            <translation>Linke Wade</translation>
        </message>
        <message>
            <source>Right calf</source>
            <translation>Rechte Wade</translation>
        </message>
        <message>
            <source>Left foot</source>
            <translation>Linker Fuß</translation>
        </message>
        <message>
            <source>Right foot</source>
            <translation>Rechter Fuß</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>How to do it: techniques</source>
            <translation>So geht's: Techniken</translation>
        </message>
    </context>
    <context>
        <name>Techniques</name>
        <message>
            <source>{rung}. {tool}</source>
            <translation>{rung}. {tool}</translation>
        </message>
        <message>
            <source>How to find the spot</source>
            <translation>So findest du die Stelle</translation>
        </message>
        <message>
            <source>Tools, gentlest first</source>
            <translation>Hilfsmittel, das sanfteste zuerst</translation>
        </message>
        <message>
            <source>Not shown: {tools}, which you do not have (Settings &gt; Your tools).</source>
            <translation>Nicht gezeigt, weil nicht unter deinen Hilfsmitteln (Einstellungen &gt; Deine Hilfsmittel): {tools}.</translation>
        </message>
        <message>
            <source>Take care</source>
            <translation>Pass auf</translation>
        </message>
        <message>
            <source>Keep away from {what}.</source>
            <translation>Meiden: {what}.</translation>
        </message>
        <message>
            <source>Practise now: {spot}</source>
            <translation>Jetzt üben: {spot}</translation>
        </message>
        <message>
            <source>Start a session for the {spot} now</source>
            <translation>Jetzt eine Einheit für {spot} starten</translation>
        </message>
        <message>
            <source>Techniques</source>
            <translation>Techniken</translation>
        </message>
        <message>
            <source>Back to body map (Esc)</source>
            <translation>Zurück zur Körperkarte (Esc)</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>How to work the area</source>
            <translation>So bearbeitest du den Bereich</translation>
        </message>
    </context>
    <context>
        <name>Tenderness</name>
        <message>
            <source>6 weeks</source>
            <translation>6 Wochen</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 Monate</translation>
        </message>
        <message>
            <source>A year</source>
            <translation>Ein Jahr</translation>
        </message>
        <message>
            <source>{spot}: no rating before a hold in this period.</source>
            <translation>{spot}: keine Bewertung vor einer Haltephase in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>{spot}: rated on one day only, {rating} of 10 before the hold.</source>
            <translation>{spot}: nur an einem Tag bewertet, {rating} von 10 vor der Haltephase.</translation>
        </message>
        <message numerus="yes">
            <source>{spot}: easing. Rated on %n day(s); before the holds about {earlier} of 10 at first and {later} lately, a drop of 2 points or by half.</source>
            <translation>
                <numerusform>{spot}: lässt nach. An %n Tag bewertet; vor den Haltephasen anfangs etwa {earlier} von 10 und zuletzt {later}, ein Rückgang um 2 Punkte oder um die Hälfte.</numerusform>
                <numerusform>{spot}: lässt nach. An %n Tagen bewertet; vor den Haltephasen anfangs etwa {earlier} von 10 und zuletzt {later}, ein Rückgang um 2 Punkte oder um die Hälfte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{spot}: more tender. Rated on %n day(s); before the holds about {earlier} of 10 at first and {later} lately.</source>
            <translation>
                <numerusform>{spot}: empfindlicher. An %n Tag bewertet; vor den Haltephasen anfangs etwa {earlier} von 10 und zuletzt {later}.</numerusform>
                <numerusform>{spot}: empfindlicher. An %n Tagen bewertet; vor den Haltephasen anfangs etwa {earlier} von 10 und zuletzt {later}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{spot}: not easing yet. Rated on %n day(s); before the holds about {earlier} of 10 at first and {later} lately; easing needs {line} or lower.</source>
            <translation>
                <numerusform>{spot}: lässt noch nicht nach. An %n Tag bewertet; vor den Haltephasen anfangs etwa {earlier} von 10 und zuletzt {later}; nachlassend heißt {line} oder weniger.</numerusform>
                <numerusform>{spot}: lässt noch nicht nach. An %n Tagen bewertet; vor den Haltephasen anfangs etwa {earlier} von 10 und zuletzt {later}; nachlassend heißt {line} oder weniger.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On average the holds brought it down by {points} point(s).</source>
            <translation>
                <numerusform>Im Schnitt haben die Haltephasen sie um {points} Punkt gesenkt.</numerusform>
                <numerusform>Im Schnitt haben die Haltephasen sie um {points} Punkte gesenkt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On average it was {points} point(s) more tender after the holds.</source>
            <translation>
                <numerusform>Im Schnitt war sie nach den Haltephasen um {points} Punkt empfindlicher.</numerusform>
                <numerusform>Im Schnitt war sie nach den Haltephasen um {points} Punkte empfindlicher.</numerusform>
            </translation>
        </message>
        <message>
            <source>{day}: not rated</source>
            <translation>{day}: nicht bewertet</translation>
        </message>
        <message>
            <source>{day}: {before} before the holds, {after} after</source>
            <translation>{day}: {before} vor den Haltephasen, {after} danach</translation>
        </message>
        <message>
            <source>Tenderness over time</source>
            <translation>Empfindlichkeit im Verlauf</translation>
        </message>
        <message>
            <source>Tenderness of {spot} over time</source>
            <translation>Empfindlichkeit von {spot} im Verlauf</translation>
        </message>
        <message>
            <source>No spot was rated in this period.</source>
            <translation>In diesem Zeitraum wurde keine Stelle bewertet.</translation>
        </message>
        <message>
            <source>Key: solid line, before the holds; dashed, after; dotted, the easing line; ticks, practice days</source>
            <translation>Legende: durchgezogene Linie, vor den Haltephasen; gestrichelt, danach; gepunktet, die Linie für Nachlassen; Striche, Übungstage</translation>
        </message>
        <message>
            <source>&amp;Over:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>How far back the charts look</source>
            <translation>Wie weit die Diagramme zurückreichen</translation>
        </message>
        <message>
            <source>S&amp;pot:</source>
            <translation>S&amp;telle:</translation>
        </message>
        <message>
            <source>The spot shown large</source>
            <translation>Die groß gezeigte Stelle</translation>
        </message>
        <message>
            <source>The trend in words</source>
            <translation>Der Verlauf in Worten</translation>
        </message>
        <message>
            <source>The spots worked most</source>
            <translation>Die am meisten bearbeiteten Stellen</translation>
        </message>
        <message>
            <source>No spot was rated in this span. Rate a spot before and after its holds to see here how it changes.</source>
            <translation>In dieser Zeitspanne wurde keine Stelle bewertet. Bewerte eine Stelle vor und nach ihren Haltephasen, um hier zu sehen, wie sie sich verändert.</translation>
        </message>
        <message>
            <source>easing at {rating} or lower</source>
            <translation>nachlassend bei {rating} oder weniger</translation>
        </message>
        <message>
            <source>before the holds</source>
            <translation>vor den Haltephasen</translation>
        </message>
        <message>
            <source>after the holds</source>
            <translation>nach den Haltephasen</translation>
        </message>
        <message>
            <source>easing line (2 points lower, or half)</source>
            <translation>Linie für Nachlassen (2 Punkte weniger oder die Hälfte)</translation>
        </message>
        <message>
            <source>practice day</source>
            <translation>Übungstag</translation>
        </message>
        <message numerus="yes">
            <source>On %n day(s) rated before and after, the holds left it about as tender as before.</source>
            <translation>
                <numerusform>An %n Tag mit Bewertung vorher und nachher blieb sie nach den Haltephasen etwa so empfindlich wie vorher.</numerusform>
                <numerusform>An %n Tagen mit Bewertung vorher und nachher blieb sie nach den Haltephasen etwa so empfindlich wie vorher.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rated before and after on %n day(s).</source>
            <translation>
                <numerusform>An %n Tag vorher und nachher bewertet.</numerusform>
                <numerusform>An %n Tagen vorher und nachher bewertet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The goal was met in {met} of %n full week(s); about {minutes} min held a week.</source>
            <translation>
                <numerusform>Das Ziel wurde in {met} von %n vollen Woche erreicht; etwa {minutes} min gehalten pro Woche.</numerusform>
                <numerusform>Das Ziel wurde in {met} von %n vollen Wochen erreicht; etwa {minutes} min gehalten pro Woche.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TendernessPicker</name>
        <message>
            <source>not tender at all</source>
            <translation>gar nicht empfindlich</translation>
        </message>
        <message>
            <source>as tender as it gets</source>
            <translation>so empfindlich wie nur möglich</translation>
        </message>
        <message>
            <source>Tenderness {value}</source>
            <translation>Empfindlichkeit {value}</translation>
        </message>
        <message>
            <source>Tenderness, 0 to 10</source>
            <translation>Empfindlichkeit, 0 bis 10</translation>
        </message>
    </context>
    <context>
        <name>ToolCard</name>
        <message>
            <source>Keep away from {places}.</source>
            <translation>Meiden: {places}.</translation>
        </message>
        <message>
            <source>Tool: {tool}</source>
            <translation>Hilfsmittel: {tool}</translation>
        </message>
    </context>
    <context>
        <name>Tools</name>
        <message>
            <source>Hands</source>
            <translation>Hände</translation>
        </message>
        <message>
            <source>Tennis ball</source>
            <translation>Tennisball</translation>
        </message>
        <message>
            <source>Lacrosse ball</source>
            <translation>Lacrosseball</translation>
        </message>
        <message>
            <source>Foam roller</source>
            <translation>Faszienrolle</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>{spot} · {time} left</source>
            <translation>{spot} · noch {time}</translation>
        </message>
        <message>
            <source>Practised today: {held} held</source>
            <translation>Heute geübt: {held} gehalten</translation>
        </message>
        <message>
            <source>Today: {held} held so far, a minute makes it a practice day</source>
            <translation>Heute bisher {held} gehalten; eine Minute macht daraus einen Übungstag</translation>
        </message>
        <message>
            <source>Not practised yet today</source>
            <translation>Heute noch nicht geübt</translation>
        </message>
        <message>
            <source>No day streak yet · {week}</source>
            <translation>Noch keine Tage in Folge · {week}</translation>
        </message>
        <message>
            <source>Unknot</source>
            <translation>Unknot</translation>
        </message>
        <message>
            <source>&amp;Show Unknot</source>
            <translation>Unknot &amp;zeigen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message numerus="yes">
            <source>{days} of %n day(s) this week</source>
            <translation>
                <numerusform>{days} von %n Tag diese Woche</numerusform>
                <numerusform>{days} von %n Tagen diese Woche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) in a row · {week}</source>
            <translation>
                <numerusform>%n Tag in Folge · {week}</numerusform>
                <numerusform>%n Tage in Folge · {week}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voice</name>
        <message>
            <source>Minimal: start and end of each spot</source>
            <translation>Knapp: Anfang und Ende jeder Stelle</translation>
        </message>
        <message>
            <source>Normal: also halfway and the last ten seconds</source>
            <translation>Normal: auch zur Hälfte und in den letzten zehn Sekunden</translation>
        </message>
        <message>
            <source>Every minute: also the time left</source>
            <translation>Jede Minute: auch die verbleibende Zeit</translation>
        </message>
        <message>
            <source>{minutes} {seconds}</source>
            <translation>{minutes} {seconds}</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>your hands</source>
            <translation>deinen Händen</translation>
        </message>
        <message>
            <source>the tennis ball</source>
            <translation>dem Tennisball</translation>
        </message>
        <message>
            <source>the lacrosse ball</source>
            <translation>dem Lacrosseball</translation>
        </message>
        <message>
            <source>the foam roller</source>
            <translation>der Faszienrolle</translation>
        </message>
        <message>
            <source>Time to sit down.</source>
            <translation>Jetzt hinsetzen.</translation>
        </message>
        <message>
            <source>Time to stand at a wall with your ball.</source>
            <translation>Jetzt mit deinem Ball an eine Wand stellen.</translation>
        </message>
        <message>
            <source>Time to get down on the floor.</source>
            <translation>Jetzt auf den Boden legen.</translation>
        </message>
        <message>
            <source>{spot}, {length}.</source>
            <translation>{spot}, {length}.</translation>
        </message>
        <message>
            <source>{spot}, {length}. Gentle pressure, just notice how it feels. Start when ready.</source>
            <translation>{spot}, {length}. Sanfter Druck, spür einfach hin. Starte, wenn du bereit bist.</translation>
        </message>
        <message>
            <source>{spot}, with {tool}, {length}. Hold started.</source>
            <translation>{spot}, mit {tool}, {length}. Die Haltephase läuft.</translation>
        </message>
        <message>
            <source>{spot}, with {tool}, {length}. Start when you are in place.</source>
            <translation>{spot}, mit {tool}, {length}. Starte, wenn du in Position bist.</translation>
        </message>
        <message>
            <source>Time is up.</source>
            <translation>Die Zeit ist um.</translation>
        </message>
        <message>
            <source>Time is up. How tender was it? Press a number, or go on.</source>
            <translation>Die Zeit ist um. Wie empfindlich war es? Drück eine Zahl oder mach weiter.</translation>
        </message>
        <message>
            <source>Time is up. Did it release?</source>
            <translation>Die Zeit ist um. Hat es sich gelöst?</translation>
        </message>
        <message>
            <source>Started.</source>
            <translation>Gestartet.</translation>
        </message>
        <message>
            <source>Hold started. Breathe out slowly.</source>
            <translation>Die Haltephase läuft. Atme langsam aus.</translation>
        </message>
        <message>
            <source>Carrying on.</source>
            <translation>Es geht weiter.</translation>
        </message>
        <message>
            <source>Paused.</source>
            <translation>Pause.</translation>
        </message>
        <message>
            <source>Released. Well done.</source>
            <translation>Gelöst. Gut gemacht.</translation>
        </message>
        <message>
            <source>This could not be saved yet. Please look at the screen.</source>
            <translation>Das konnte noch nicht gespeichert werden. Bitte schau auf den Bildschirm.</translation>
        </message>
        <message>
            <source>Stopped. Take the pressure off, and leave that spot alone today.</source>
            <translation>Gestoppt. Nimm den Druck weg und lass diese Stelle heute in Ruhe.</translation>
        </message>
        <message>
            <source>Scan done. Well done.</source>
            <translation>Check fertig. Gut gemacht.</translation>
        </message>
        <message>
            <source>Session done. Well done.</source>
            <translation>Einheit fertig. Gut gemacht.</translation>
        </message>
        <message>
            <source>Start with {tool}.</source>
            <translation>Beginne mit {tool}.</translation>
        </message>
        <message>
            <source>Switch to {tool}.</source>
            <translation>Wechsle zu {tool}.</translation>
        </message>
        <message>
            <source>One more minute. {left} left.</source>
            <translation>Noch eine Minute dazu. {left} bleiben.</translation>
        </message>
        <message>
            <source>Ten seconds left.</source>
            <translation>Noch zehn Sekunden.</translation>
        </message>
        <message>
            <source>Halfway. {left} left.</source>
            <translation>Halbzeit. {left} bleiben.</translation>
        </message>
        <message>
            <source>usual</source>
            <translation>üblich</translation>
        </message>
        <message>
            <source>Voice coach</source>
            <translation>Sprachbegleitung</translation>
        </message>
        <message>
            <source>Speak each step al&amp;oud</source>
            <translation>Jeden Schritt &amp;laut sagen</translation>
        </message>
        <message>
            <source>Speak each step aloud</source>
            <translation>Jeden Schritt laut sagen</translation>
        </message>
        <message>
            <source>How much the coach says</source>
            <translation>Wie viel die Sprachbegleitung sagt</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Umfang:</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <source>The system's usual voice</source>
            <translation>Die übliche Stimme des Systems</translation>
        </message>
        <message>
            <source>Vo&amp;ice:</source>
            <translation>St&amp;imme:</translation>
        </message>
        <message>
            <source>Speed of the voice</source>
            <translation>Sprechtempo</translation>
        </message>
        <message>
            <source>S&amp;peed:</source>
            <translation>Tem&amp;po:</translation>
        </message>
        <message>
            <source>Volume of the voice</source>
            <translation>Lautstärke der Stimme</translation>
        </message>
        <message>
            <source>Vol&amp;ume:</source>
            <translation>Lautstär&amp;ke:</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>Stimme testen</translation>
        </message>
        <message>
            <source>Hear the voice as set here</source>
            <translation>Die Stimme so hören, wie sie hier eingestellt ist</translation>
        </message>
        <message>
            <source>Looking for voices…</source>
            <translation>Suche nach Stimmen…</translation>
        </message>
        <message>
            <source>To hear the coach, install speech-dispatcher and a voice such as espeak-ng (for example: sudo apt install speech-dispatcher espeak-ng), then start Unknot again.</source>
            <translation>Damit du die Sprachbegleitung hörst, installiere speech-dispatcher und eine Stimme wie espeak-ng (zum Beispiel: sudo apt install speech-dispatcher espeak-ng) und starte Unknot neu.</translation>
        </message>
        <message>
            <source>To hear the coach, add a voice under System Settings, Accessibility, Spoken Content, then start Unknot again.</source>
            <translation>Damit du die Sprachbegleitung hörst, füge unter Systemeinstellungen, Bedienungshilfen, Gesprochene Inhalte eine Stimme hinzu und starte Unknot neu.</translation>
        </message>
        <message>
            <source>To hear the coach, add a voice under Settings, Time and language, Speech, then start Unknot again.</source>
            <translation>Damit du die Sprachbegleitung hörst, füge unter Einstellungen, Zeit und Sprache, Spracherkennung eine Stimme hinzu und starte Unknot neu.</translation>
        </message>
        <message>
            <source>No speech engine was found, so the coach is silent.</source>
            <translation>Es wurde keine Sprachausgabe gefunden, daher bleibt die Sprachbegleitung stumm.</translation>
        </message>
        <message>
            <source>The speech engine has no voice installed.</source>
            <translation>Für die Sprachausgabe ist keine Stimme installiert.</translation>
        </message>
        <message>
            <source>Speech-dispatcher is installed but does not answer, so the coach is silent. Log out and in again to restart it, then start Unknot again.</source>
            <translation>Speech-dispatcher ist installiert, antwortet aber nicht, deshalb bleibt die Sprachbegleitung stumm. Melde dich ab und wieder an, um ihn neu zu starten, und starte dann Unknot neu.</translation>
        </message>
        <message>
            <source>The system's speech service does not answer, so the coach is silent. Restart the computer, then start Unknot again.</source>
            <translation>Der Sprachdienst des Systems antwortet nicht, deshalb bleibt die Sprachbegleitung stumm. Starte den Computer neu und danach Unknot.</translation>
        </message>
        <message>
            <source>Speaking…</source>
            <translation>Spricht…</translation>
        </message>
        <message>
            <source>Done. Heard nothing? Check that your computer's sound is on and loud enough.</source>
            <translation>Fertig. Nichts gehört? Prüfe, ob der Ton deines Computers an und laut genug ist.</translation>
        </message>
        <message>
            <source>The voice could not speak.</source>
            <translation>Die Stimme konnte nicht sprechen.</translation>
        </message>
        <message>
            <source>Looking for voices… The sample follows.</source>
            <translation>Suche nach Stimmen… Die Probe folgt gleich.</translation>
        </message>
        <message>
            <source>This is how your coach sounds. Halfway. One minute left.</source>
            <translation>So klingt deine Sprachbegleitung. Halbzeit. Noch eine Minute.</translation>
        </message>
        <message>
            <source>The speech service never said that the sample ended, so no sound may have played. Check that your computer's sound is on, then try again.</source>
            <translation>Der Sprachdienst hat nie gemeldet, dass die Probe zu Ende ist; vielleicht war nichts zu hören. Prüfe, ob der Ton deines Computers an ist, und versuch es noch einmal.</translation>
        </message>
        <message>
            <source>Hear each step spoken aloud?</source>
            <translation>Jeden Schritt laut ansagen lassen?</translation>
        </message>
        <message>
            <source>Voice coach offer</source>
            <translation>Angebot der Sprachbegleitung</translation>
        </message>
        <message>
            <source>Turn the voice on</source>
            <translation>Stimme einschalten</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Jetzt nicht</translation>
        </message>
        <message>
            <source>Not now, keep the voice off</source>
            <translation>Jetzt nicht, Stimme bleibt aus</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left.</source>
            <translation>
                <numerusform>Noch %n Minute.</numerusform>
                <numerusform>Noch %n Minuten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WeekChart</name>
        <message numerus="yes">
            <source>this week so far: {minutes} min held on %n practice day(s)</source>
            <translation>
                <numerusform>diese Woche bisher: {minutes} min gehalten an %n Übungstag</numerusform>
                <numerusform>diese Woche bisher: {minutes} min gehalten an %n Übungstagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>week of {week}: {minutes} min held on %n practice day(s)</source>
            <translation>
                <numerusform>Woche ab {week}: {minutes} min gehalten an %n Übungstag</numerusform>
                <numerusform>Woche ab {week}: {minutes} min gehalten an %n Übungstagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Minutes held per week, last twelve weeks</source>
            <translation>Gehaltene Minuten pro Woche, letzte zwölf Wochen</translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>No weeks to show yet.</source>
            <translation>Noch keine Wochen zum Anzeigen.</translation>
        </message>
    </context>
    <context>
        <name>WeekStrip</name>
        <message>
            <source>practised</source>
            <translation>geübt</translation>
        </message>
        <message>
            <source>rest day</source>
            <translation>Ruhetag</translation>
        </message>
        <message>
            <source>today, not yet practised</source>
            <translation>heute, noch nicht geübt</translation>
        </message>
        <message>
            <source>no practice</source>
            <translation>keine Übung</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>kommt noch</translation>
        </message>
        <message>
            <source>today, {state}</source>
            <translation>heute, {state}</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
    </context>
    <context>
        <name>WhenToStop</name>
        <message>
            <source>When to stop</source>
            <translation>Wann aufhören</translation>
        </message>
        <message>
            <source>Self-release should feel like firm, useful pressure: about 4 to 6 out of 10. At 8 or more, ease off. Mild soreness the next day is normal.</source>
            <translation>Selbstbehandlung soll sich wie fester, nützlicher Druck anfühlen: etwa 4 bis 6 von 10. Ab 8 nimm Druck weg. Leichter Muskelkater am nächsten Tag ist normal.</translation>
        </message>
        <message>
            <source>Sharp or shooting pain that does not fade while you hold</source>
            <translation>Stechender oder einschießender Schmerz, der beim Halten nicht nachlässt</translation>
        </message>
        <message>
            <source>Stop. If it does not settle, contact a doctor or physiotherapist.</source>
            <translation>Hör auf. Wenn er nicht abklingt, wende dich an eine Arztpraxis oder Physiotherapie.</translation>
        </message>
        <message>
            <source>Pins and needles, numbness, dizziness, ear pain, a headache that keeps getting worse, or a pulse under the ball</source>
            <translation>Kribbeln, Taubheit, Schwindel, Ohrenschmerzen, ein immer stärkerer Kopfschmerz oder ein Puls unter dem Ball</translation>
        </message>
        <message>
            <source>Come off the spot straight away and do not go back to it today.</source>
            <translation>Geh sofort von der Stelle herunter und heute nicht mehr zurück.</translation>
        </message>
        <message>
            <source>A calf or leg that is swollen, warm or red on one side</source>
            <translation>Eine Wade oder ein Bein, auf einer Seite geschwollen, warm oder gerötet</translation>
        </message>
        <message>
            <source>No pressure at all: it could be a clot. Get it checked the same day.</source>
            <translation>Überhaupt kein Druck: Es könnte ein Blutgerinnsel sein. Lass es noch am selben Tag untersuchen.</translation>
        </message>
        <message>
            <source>Chest pain or trouble breathing</source>
            <translation>Brustschmerzen oder Atemnot</translation>
        </message>
        <message>
            <source>Call emergency services.</source>
            <translation>Ruf den Notruf.</translation>
        </message>
        <message>
            <source>Back pain together with weakness in a leg, trouble controlling bladder or bowel, or a fever</source>
            <translation>Rückenschmerzen zusammen mit Schwäche in einem Bein, Problemen, Blase oder Darm zu kontrollieren, oder Fieber</translation>
        </message>
        <message>
            <source>See a doctor promptly.</source>
            <translation>Geh zügig zu einer Ärztin oder einem Arzt.</translation>
        </message>
        <message>
            <source>A long-standing problem that is no better after a couple of weeks of daily practice</source>
            <translation>Ein lange bestehendes Problem, das nach ein paar Wochen täglicher Übung nicht besser ist</translation>
        </message>
        <message>
            <source>Book a visit with a physiotherapist or doctor.</source>
            <translation>Vereinbare einen Termin in der Physiotherapie oder Arztpraxis.</translation>
        </message>
        <message>
            <source>Stop, and get advice, when you notice:</source>
            <translation>Hör auf und hol dir Rat, wenn du Folgendes bemerkst:</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Warnzeichen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
</TS>
