package app.holdpoint.store;

import java.util.Locale;

/**
 * The store failures a clinician or administrator meets at the kiosk or the command line, each with its English
 * sentence. A {@link StoreException} carries one with its arguments (folders, files, versions, the system's own
 * reason), so the command line and the kiosk can word it from their own bundles ({@code cli/cli*.properties},
 * {@code ui/messages*.properties}, keys {@code store.problem.NAME} with the same arguments as {@code {0}}, {@code {1}},
 * ...); the English message stays the sentence below, which logs and tests read.
 */
public enum StoreProblem {
    /** The data folder has no record file: {folder, file name}. */
    NO_RECORD("No Holdpoint record in %s (no %s). Check the folder name; nothing was created."),
    /** The record file is there but holds no Holdpoint tables: {folder, file name}. */
    EMPTY_RECORD("No Holdpoint record in %s (%s holds no record). Check the folder name; nothing was created."),
    /** A database given by address holds no Holdpoint tables: {address}. */
    NO_TABLES("No Holdpoint record in %s (no Holdpoint tables). Check the folder name; nothing was created."),
    /** A database given by address does not exist: {address}. */
    NO_RECORD_AT("No Holdpoint record at %s. Check the address; nothing was created."),
    /** A kiosk holds the data folder: {folder}. */
    KIOSK_RUNNING("another Holdpoint kiosk is already running on the data folder %s; close it first (two kiosks on"
            + " one folder would interleave their records)"),
    /** A kiosk holds the data folder a restore would replace: {folder}. */
    KIOSK_RUNNING_RESTORE("a Holdpoint kiosk is running on the data folder %s; exit it (Settings, Exit kiosk) before"
            + " restoring, so no session is lost. Nothing was changed"),
    /** Another Holdpoint program has the record open: {folder}. */
    OPEN_ELSEWHERE_RESTORE("another Holdpoint program has the record in %s open; close it before restoring. Nothing"
            + " was changed"),
    /** The record's schema is newer than this program's: {address, its version, the latest known here}. */
    NEWER_VERSION("the database at %s was written by a newer version of Holdpoint (schema version %s); this version"
            + " knows up to %s. Use the newer Holdpoint; nothing was changed."),
    /** A read-only command on a record that an older Holdpoint wrote: {folder or address}. */
    NEEDS_UPGRADE("the record in %s was written by an older Holdpoint and needs an upgrade before it can be read:"
            + " start the kiosk once (it upgrades the record), then try again; nothing was changed"),
    /** An upgrade was stopped half-way: {folder}. */
    UPGRADE_STOPPED("an upgrade of the record in %s was stopped half-way: start the kiosk once (it puts the record"
            + " back as it was before the upgrade), then try again; nothing was changed"),
    /** The data folder cannot be made: {folder, the system's reason}. */
    FOLDER_NOT_CREATED("cannot create the data folder %s: %s"),
    /** The kiosk's lock file in the data folder cannot be made or locked: {file, the system's reason}. */
    CANNOT_LOCK("cannot lock %s: %s"),
    /** The database password file cannot be read or made (a folder that cannot be written): {file, reason}. */
    PASSWORD_FILE_UNWRITABLE("cannot read or create the database password %s: %s"),
    /** The record's password file is missing or another record's: {folder, password file, record file base}. */
    WRONG_PASSWORD_FILE("the record in %s cannot be opened: its password file %s is missing or belongs to another"
            + " record. Put back the %s file that was beside %s.mv.db (every backup holds it), or restore the folder"
            + " from a backup; nothing was changed"),
    /** The database is read-only. */
    READ_ONLY("the database is read-only; nothing was written"),
    /** The disk is full. */
    DISK_FULL("the disk is full, so the record could not be written; free space on the disk that holds the data"
            + " folder (old exports, backups, downloads), then try again"),
    /** A backup file to read is not there: {file}. */
    NO_BACKUP_FILE("there is no backup file %s"),
    /** A backup that could not be written: {file, the reason}. */
    BACKUP_NOT_WRITTEN("could not write the backup %s: %s"),
    /** A fresh backup copy that does not verify: {the first problem}. */
    BACKUP_COPY_FAILS_VERIFY("the backup copy does not verify (%s); it was deleted. Run verify on the record itself"),
    /** A zip file without a record: {file, the entry it lacks}. */
    NOT_A_BACKUP("%s is not a Holdpoint backup (it holds no %s)"),
    /** A file that cannot be read as a zip: {file}. */
    BACKUP_NOT_ZIP("%s is not a Holdpoint backup, or it is damaged (it cannot be read as a zip file)"),
    /** A backup file the system cannot read: {file, the reason}. */
    BACKUP_NOT_READ("cannot read the backup %s: %s"),
    /** A backup the database cannot open: {file, the reason}. */
    BACKUP_NOT_OPENED("the backup %s cannot be opened: %s"),
    /** A backup whose database holds no Holdpoint record: {file}. */
    BACKUP_NO_RECORD("%s is not a Holdpoint backup (it holds no Holdpoint record)"),
    /** A backup written by a newer Holdpoint: {file, its schema versions}. */
    BACKUP_NEWER("the backup %s was written by a newer version of Holdpoint (schema %s); restore it with that"
            + " version. Nothing was changed"),
    /** A backup to restore that does not verify: {file, the first problem}. */
    BACKUP_FAILS_VERIFY("the backup %s fails verify (%s), so it was not restored. Nothing was changed"),
    /** restore --accept-current on a record that does not verify: {data folder, first problem}. */
    RECORD_FAILS_VERIFY("the record in %s fails verify (%s), so it was not accepted. Nothing was changed"),
    /** A restore the system refused half-way: {file, the reason}. */
    RESTORE_FAILED("could not restore %s: %s"),
    /** No therapist of that name: {name}. */
    NO_THERAPIST("no therapist named '%s'"),
    /** A therapist of that name is already there: {name}. */
    THERAPIST_EXISTS("a therapist named '%s' already exists"),
    /** A therapist's name is empty or too long. */
    NAME_LENGTH("a therapist's name has 1 to 80 characters"),
    /** A PIN of the wrong length: {fewest digits, most digits}. */
    PIN_LENGTH("a PIN has %s to %s digits"),
    /** A PIN with something other than digits: {fewest digits, most digits}. */
    PIN_NOT_DIGITS("a PIN has %s to %s digits, nothing else"),
    /** A credential for a disabled therapist: {name}. */
    THERAPIST_DISABLED("therapist '%s' is disabled; enable them first"),
    /** A client reference the record cannot hold (empty or too long): {the most characters}. */
    CLIENT_REFERENCE("a client reference has 1 to %s characters"),
    /** A credential whose expiry date is already past: {date}. */
    EXPIRY_PASSED("the expiry date %s has already passed"),
    /** A credential's jurisdiction that is too long: {the most characters}. */
    JURISDICTION_LENGTH("a jurisdiction has at most %s characters"),
    /** A credential to withdraw that was never granted: {name}. */
    NO_CREDENTIAL("therapist '%s' has no dry-needling credential to revoke"),
    /** A database server without a login given: {file variable, user variable, password variable}. */
    SERVER_NEEDS_LOGIN("the database server needs a user name and password: put them in a file readable only by"
            + " you (lines user=NAME and password=SECRET, chmod 600) and name it with --db-credentials FILE or %s=FILE,"
            + " or set %s and %s"),
    /** A credentials file that is not there: {file}. */
    CREDENTIALS_MISSING("the database credentials file %s does not exist or is not a file"),
    /** A credentials file others may read: {file, file}. */
    CREDENTIALS_NOT_PRIVATE("the database credentials file %s can be read or changed by other users of this"
            + " machine, and it holds a password; make it private with: chmod 600 %s (nothing was opened)"),
    /** A credentials file that is no properties file: {file}. */
    CREDENTIALS_FORM("cannot read the database credentials file %s: it should hold the"
            + " lines user=NAME and password=SECRET"),
    /** A credentials file without a user: {file}. */
    CREDENTIALS_NO_USER("the database credentials file %s has no line user=NAME"),
    /** The record cannot be read as written: {file}. */
    DAMAGED("the record is damaged: its file %s cannot be read as it was written. Restore the data folder from your"
            + " latest backup or ask your administrator; keep the damaged file for support, do not delete it"),
    /** As {@link #DAMAGED} where the file is not known here. */
    DAMAGED_UNNAMED("the record is damaged: its file (holdpoint.mv.db in the data folder) cannot be read as it was"
            + " written. Restore the data folder from your latest backup or ask your administrator; keep the damaged"
            + " file for support, do not delete it"),
    /** The record is behind the newest seal this kiosk remembers writing: {session id, sealed at}. */
    RECORD_OLDER("This record is older than the last one this kiosk wrote (session %s sealed at %s). It may have"
            + " been restored from an old copy. Tell the clinic's administrator. If it was put back on purpose, an administrator accepts it with: holdpoint restore --accept-current"),
    /** The record holds another seal where this kiosk's newest was: {seal number, session id, sealed at}. */
    RECORD_REPLACED("This record does not hold the sealed session this kiosk wrote as seal #%s (session %s sealed"
            + " at %s): it was rewritten or replaced by another copy. Tell the clinic's administrator. If it was put back on purpose, an administrator accepts it with: holdpoint restore --accept-current"),
    /** The kiosk's head file does not carry this kiosk's signature: {file}. */
    HEAD_NOT_SIGNED("%s is not signed by this kiosk's key (edited?); tell the clinic's administrator"),
    /** The kiosk's head file cannot be read: {file}. */
    HEAD_UNREADABLE("cannot read %s (damaged?); tell the clinic's administrator");

    private final String english;

    StoreProblem(String english) {
        this.english = english;
    }

    /** How many arguments the sentence takes. */
    public int argumentCount() {
        return english.split("%s", -1).length - 1;
    }

    /** The English sentence with its arguments in place, as {@link StoreException#getMessage()} says it. */
    public String english(Object... args) {
        return String.format(Locale.ROOT, english, args);
    }
}
