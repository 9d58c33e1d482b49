package nl.utrecht.wijkgerichtwerken.notificatie;

/** The answer as a PDF, as stored on the case: its file name, type and content (to attach to the mail). */
record Antwoordbrief(String naam, String type, byte[] inhoud) {
}
