using System.CommandLine;
using Triangulate.Cli.Commands;
using Triangulate.Cli;

var root = new RootCommand("Triangulate: builds a claim ledger (who claimed what, when, how sure, citing whom) from news articles.");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(QuotesCommand.Create());
root.Subcommands.Add(EntitiesCommand.Create());
root.Subcommands.Add(NumbersCommand.Create());
root.Subcommands.Add(RunsCommand.Create());
root.Subcommands.Add(ClaimsCommand.Create());
root.Subcommands.Add(MeasuresCommand.Create());
root.Subcommands.Add(RevisionsCommand.Create());
root.Subcommands.Add(TimelineCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(EvalCommand.Create(
    EvalSentencesCommand.Create(),
    AttributionEvalCommand.Create(),
    TimexEvalCommand.Create(),
    QuantitiesEvalCommand.Create(),
    NerEvalCommand.Create()));
root.Subcommands.Add(TrainNerCommand.CreateGroup());
return CliHost.Run(root, args);
