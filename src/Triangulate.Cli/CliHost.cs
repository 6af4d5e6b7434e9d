using System.CommandLine;
using Spectre.Console;

namespace Triangulate.Cli;

/// <summary>Exit codes and the shared console conventions of every command.</summary>
public static class CliHost
{
    public const int Ok = 0;
    public const int SomeInputsFailed = 1;
    public const int BadUsage = 2;

    /// <summary>Parses and runs; bad usage prints the errors and exits 2 (System.CommandLine's default would be 1).</summary>
    public static int Run(RootCommand root, string[] args)
    {
        // Piped output has no terminal to measure; COLUMNS (as shells export it) sets the table width there.
        if (Console.IsOutputRedirected && int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns >= 40)
            AnsiConsole.Profile.Width = columns;
        var parsed = root.Parse(args);
        if (parsed.Errors.Count == 0) return parsed.Invoke();
        foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
        Console.Error.WriteLine("Run with --help for usage.");
        return BadUsage;
    }

    /// <summary>Progress and diagnostics go to standard error so that standard output stays machine-readable.</summary>
    public static IAnsiConsole Diagnostics { get; } =
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
