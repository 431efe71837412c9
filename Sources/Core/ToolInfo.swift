/// The version written into every output, so results can be reproduced.
public enum ToolInfo {
    public static let name = "diepgang"
    public static let version = "0.1.0"
}
