"""The computer around Silteme: optional programs it can use (LibreOffice, biber), and the
progress and Cancel of long jobs (``progress``)."""
