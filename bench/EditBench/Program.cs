// Times edits in-process: one cold build with the incremental builder serve uses, then one appended line to a
// case study per round, rebuilt (told which file changed, as serve's watcher tells it) and written. Prints each
// build's time; BRIEFINGGEN_TIMINGS=1 adds stage times. PAUSE_MS=1500 waits that long before each edit, as an editor
// does between saves (the processor's caches then no longer hold the last build's data, as in the live server).
// Usage: dotnet run -c Release --project bench/EditBench -- SITE OUTPUT [rounds]
using System.Diagnostics;
using BriefingGen;
using BriefingGen.Pipeline;

var site = args.Length > 0 ? args[0] : "/tmp/briefinggen-bench/corpus-10000/briefinggen";
var output = args.Length > 1 ? args[1] : "/tmp/briefinggen-bench/edit-bench";
var rounds = args.Length > 2 ? int.Parse(args[2]) : 5;
// case-7 of a generated corpus, else the first Markdown page of the site.
var page = Path.Combine(site, "content/case-studies/case-7.md");
if (!File.Exists(page))
{
    page = Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
}

var original = File.ReadAllText(page);
var builder = new IncrementalBuilder(new BuildOptions { Source = site, Output = output, Search = false });
try
{
    var clock = Stopwatch.StartNew();
    var first = builder.Build();
    Console.WriteLine($"cold: {clock.ElapsedMilliseconds} ms, {first.PagesWritten} pages, {first.Errors} errors");
    var times = new List<long>();
    var cpus = new List<long>(); // the process's CPU time: on a shared machine it says more than the wall time
    for (var round = 1; round <= rounds; round++)
    {
        if (Environment.GetEnvironmentVariable("PAUSE_MS") is { } pause)
        {
            Thread.Sleep(int.Parse(pause, System.Globalization.CultureInfo.InvariantCulture));
        }

        File.AppendAllText(page, $"\nEdited in round {round}.\n");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var result = builder.Build([Path.GetFullPath(page)]); // as serve does: its file watcher names the file saved
        times.Add(clock.ElapsedMilliseconds);
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        cpus.Add((long)cpu.TotalMilliseconds);
        Console.WriteLine($"edit {round}: {clock.ElapsedMilliseconds} ms ({cpu.TotalMilliseconds:F0} ms of CPU), {builder.LastRendered} rendered, {builder.LastWritten.Count} written, {result.Errors} errors");
    }

    times.Sort();
    cpus.Sort();
    Console.WriteLine($"median edit: {times[times.Count / 2]} ms, {cpus[cpus.Count / 2]} ms of CPU");
}
finally
{
    File.WriteAllText(page, original);
}
