import Diepgang
#if canImport(Glibc)
import Glibc
#endif

// A closed pipe must surface as a write error (EPIPE) we can handle, not kill the process.
signal(SIGPIPE, SIG_IGN)

/// Every command of the program, in the order `diepgang help` lists them.
let commands: [any Command.Type] = [
    DemoCommand.self,
    AnalyseCommand.self,
    BatchCommand.self,
    TrendsCommand.self,
    EvaluateCommand.self,
    PrivacyCommand.self,
    TokenizeCommand.self,
    AnnotateCommand.self,
    LexiconCommand.self,
    BenchCommand.self,
    TrainModeCommand.self,
    ServeCommand.self,
]

let status = CommandLineTool(commands: commands).run(Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
