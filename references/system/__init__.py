"""The computer around Silteme: optional programs it can use (LibreOffice, biber)."""
