/** The server's password rules (ASP.NET Identity options), shown before the user types a new password. */
export const PASSWORD_RULES = 'At least 10 characters with upper- and lower-case letters, a digit and a symbol';
