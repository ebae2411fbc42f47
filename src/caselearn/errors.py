"""Errors a user can cause. The CLI turns them into one line and a non-zero exit;
the API turns them into a 4xx JSON error. Anything else is a bug."""


class UserError(Exception):
    """Base for every error caused by input, not by a bug."""

    http_status = 400


class NotFound(UserError):
    http_status = 404


class PermissionDenied(UserError):
    http_status = 403


class Conflict(UserError):
    """An illegal state change or a duplicate."""

    http_status = 409


class InvalidInput(UserError):
    http_status = 422
