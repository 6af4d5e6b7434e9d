using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Triangulate.Tests.Store;

/// <summary>
/// A throwaway PostgreSQL server for the tests: initdb into a temp folder, pg_ctl start on a free port with the
/// unix socket in that folder, stopped and deleted at the end. PostgreSQL refuses to run as root, so as root
/// (as in CI) the server runs as the 'postgres' user via runuser. If it cannot start, the constructor throws and
/// every test using it fails with the reason: Postgres tests never pass without a server.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string root;
    private readonly string bin;
    private readonly string data;
    // Environment.UserName is the effective user's name on Unix.
    private readonly bool asPostgresUser = Environment.UserName == "root";
    private int databases;

    public PostgresServer()
    {
        bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/initdb): run scripts/setup.sh, which installs Debian's 'postgresql'");
        // A short path: the socket path must fit in 107 bytes.
        root = Path.Combine("/tmp", "tri-pg-" + Guid.NewGuid().ToString("N")[..12]);
        data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        try
        {
            if (asPostgresUser) Exec("chown", ["postgres:postgres", root]);
            Port = FreePort();
            Tool("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
            // fsync off: a test server's data is thrown away, and durability costs seconds per run.
            Tool("pg_ctl", ["-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start",
                "-o", $"-p {Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"]);
            Admin = new NpgsqlConnectionStringBuilder { Host = root, Port = Port, Username = "postgres", Database = "postgres", Pooling = false }.ConnectionString;
        }
        catch (Exception e)
        {
            var log = Path.Combine(root, "server.log");
            var tail = File.Exists(log) ? "\nserver log:\n" + File.ReadAllText(log) : "";
            Cleanup();
            throw new InvalidOperationException($"could not start a throwaway PostgreSQL server with {bin}: {e.Message}{tail}", e);
        }
    }

    public int Port { get; }

    /// <summary>Connection string to the 'postgres' maintenance database, over the unix socket.</summary>
    public string Admin { get; } = "";

    /// <summary>A new empty database, so each test starts clean; returns its connection string (unix socket).</summary>
    public string NewDatabase()
    {
        var name = $"t{Interlocked.Increment(ref databases)}_{Guid.NewGuid().ToString("N")[..8]}";
        using var connection = new NpgsqlConnection(Admin);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder { Host = root, Port = Port, Username = "postgres", Database = name }.ConnectionString;
    }

    /// <summary>The same database as a postgres:// URL over TCP on 127.0.0.1.</summary>
    public string Url(string connectionString) =>
        $"postgres://postgres@127.0.0.1:{Port}/{new NpgsqlConnectionStringBuilder(connectionString).Database}";

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Tool("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Cleanup();
        }
    }

    private void Cleanup()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private void Tool(string name, string[] args)
    {
        var path = Path.Combine(bin, name);
        if (asPostgresUser) Exec("runuser", ["-u", "postgres", "--", path, .. args]);
        else Exec(path, args);
    }

    private static void Exec(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not run {file}");
        // Read both streams concurrently: pg_ctl's server keeps no handle on them (it logs to a file), so both end.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 120 s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result.Trim()} {stdout.Result.Trim()}");
    }

    private static string? FindBin()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
