"""The report for a clinician as a PDF, made with Qt's own PDF writer."""
