/** The coder name used until the user chooses one: never the OS user name (privacy). */
export const DEFAULT_CODER_NAME = 'Codeur 1';
