/// Why progress could not be read or saved. Every case names the path involved.
public enum ProgressError: Error, Equatable, Sendable {
    /// The progress file exists but is not valid progress JSON; it is left untouched.
    case unreadable(path: String, reason: String)
    /// The file was written by a newer version of `roadmap`.
    case newerVersion(path: String, found: Int, supported: Int)
    /// The data folder path names something that is not a folder.
    case notAFolder(path: String)
    /// The data folder could not be created, read or written.
    case folderUnavailable(path: String, reason: String)
    /// Writing the progress file failed; the previous file is unchanged.
    case cannotWrite(path: String, reason: String)
}
