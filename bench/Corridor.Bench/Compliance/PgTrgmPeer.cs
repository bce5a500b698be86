using System.Diagnostics;
using Npgsql;

namespace Corridor.Bench.Compliance;

/// <summary>
/// The same-run peer: a throwaway PostgreSQL 15 server (initdb in a temp folder, run as the postgres user on a loopback
/// port) with pg_trgm, a table of the normalised list names and a GIN trigram index.
/// </summary>
public sealed class PgTrgmPeer : IAsyncDisposable
{
    private readonly string _folder;
    private readonly Process _server;

    private PgTrgmPeer(string folder, Process server, string connectionString)
    {
        _folder = folder;
        _server = server;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PgTrgmPeer> StartAsync(int port)
    {
        var bin = Environment.GetEnvironmentVariable("CORRIDOR_PG_BIN") is { Length: > 0 } b ? b : "/usr/lib/postgresql/15/bin";
        var folder = Path.Combine(Path.GetTempPath(), "corridor-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Run("chown", $"postgres {folder}");
        Run("runuser", $"-u postgres -- {bin}/initdb -D {folder}/data -A trust -U postgres");
        var server = Process.Start(new ProcessStartInfo("runuser", $"-u postgres -- {bin}/postgres -D {folder}/data -p {port} -k {folder} -c listen_addresses=127.0.0.1 -c shared_buffers=256MB")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var cs = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=4";
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await using var c = new NpgsqlConnection(cs);
                await c.OpenAsync();
                break;
            }
            catch (NpgsqlException) when (i < 99)
            {
                await Task.Delay(100);
            }
        }

        var peer = new PgTrgmPeer(folder, server, cs);
        await peer.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        return peer;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Loads (entry key, normalised name) rows with COPY and builds the GIN trigram index.</summary>
    public async Task LoadAsync(IEnumerable<(string Key, string Name)> rows)
    {
        await ExecuteAsync("DROP TABLE IF EXISTS list_names; CREATE TABLE list_names (id serial primary key, entry_key text not null, name text not null)");
        await using (var c = new NpgsqlConnection(ConnectionString))
        {
            await c.OpenAsync();
            await using var writer = await c.BeginBinaryImportAsync("COPY list_names (entry_key, name) FROM STDIN (FORMAT BINARY)");
            foreach (var (key, name) in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(key);
                await writer.WriteAsync(name);
            }

            await writer.CompleteAsync();
        }

        await ExecuteAsync("CREATE INDEX list_names_trgm ON list_names USING gin (name gin_trgm_ops); ANALYZE list_names");
    }

    public async Task<double[]> SimilaritiesAsync(IReadOnlyList<(string A, string B)> pairs)
    {
        await using var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT similarity(a, b) FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(a, b, n) ORDER BY n", c);
        cmd.Parameters.AddWithValue(pairs.Select(p => p.A).ToArray());
        cmd.Parameters.AddWithValue(pairs.Select(p => p.B).ToArray());
        var result = new List<double>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetFloat(0));
        }

        return result.ToArray();
    }

    /// <summary>Runs the % search for every query on <paramref name="connections"/> connections; returns the entry keys found per query.</summary>
    public async Task<string[][]> SearchAsync(IReadOnlyList<string> queries, double threshold, int limit, int connections)
    {
        var results = new string[queries.Count][];
        var next = -1;
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            await using var c = new NpgsqlConnection(ConnectionString);
            await c.OpenAsync();
            await using (var set = new NpgsqlCommand($"SET pg_trgm.similarity_threshold = {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}", c))
            {
                await set.ExecuteNonQueryAsync();
            }

            await using var cmd = new NpgsqlCommand("SELECT entry_key FROM list_names WHERE name % $1 ORDER BY similarity(name, $1) DESC LIMIT $2", c);
            cmd.Parameters.Add(new NpgsqlParameter { Value = "" });
            cmd.Parameters.Add(new NpgsqlParameter { Value = limit });
            await cmd.PrepareAsync();
            int i;
            while ((i = Interlocked.Increment(ref next)) < queries.Count)
            {
                cmd.Parameters[0].Value = queries[i];
                var keys = new List<string>();
                await using var reader = await cmd.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    keys.Add(reader.GetString(0));
                }

                results[i] = keys.ToArray();
            }
        });
        await Task.WhenAll(workers);
        return results;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var pidFile = Path.Combine(_folder, "data", "postmaster.pid");
        if (!_server.HasExited && File.Exists(pidFile))
        {
            // Stop only the server this run started, by the postmaster's own process id: SIGINT is a fast shutdown.
            Run("kill", $"-INT {File.ReadLines(pidFile).First().Trim()}");
            await _server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // the server may still hold files for a moment; the temp folder is disposable
        }
    }

    private static void Run(string file, string arguments)
    {
        using var p = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed: {p.StandardError.ReadToEnd()}");
        }
    }
}
