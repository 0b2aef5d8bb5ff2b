"""Team libraries on a PostgreSQL server: roles the server enforces, users, identity."""
