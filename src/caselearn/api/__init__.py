"""The JSON HTTP API under /api/ (OpenAPI at /openapi.json), sharing services with the web app."""
