/**
 * A URL as messages, logs and reports may show it: the user name and password of `https://user:secret@host/`
 * dropped, so a `prometheus-url` or a probe's address can be named without leaking what authenticates it.
 * `keepUser` keeps the user name where it only says who connects, as PostgreSQL users are named in messages
 * (`postgres://app@db:5432/app`). Text that is not a URL is not shown at all: it might hold a password.
 */
export declare function urlWithoutCredentials(text: string, { keepUser }?: {
    keepUser?: boolean | undefined;
}): string;
