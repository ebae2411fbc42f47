"""The web app (server-rendered pages) and the shell that hosts the HTTP API."""
