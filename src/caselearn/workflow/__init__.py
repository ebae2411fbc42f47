"""The case-review workflow: notifications, rapid reviews, LCSPRs, national reviews and their clocks."""
