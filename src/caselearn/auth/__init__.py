"""Who may do what: roles, permissions, users and their passwords."""
