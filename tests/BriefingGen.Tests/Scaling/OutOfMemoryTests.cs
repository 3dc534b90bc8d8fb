using System.Diagnostics;
using System.Text;
using BriefingGen.Tests.Hardening;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Scaling;

/// <summary>A page too large for the memory available is an error at that page, not a crash that names no file.</summary>
[Collection(HeavyTestsCollection.Name)]
public sealed class OutOfMemoryTests
{
    [Fact]
    public async Task A_page_that_runs_out_of_memory_is_an_error_naming_the_page()
    {
        var table = new StringBuilder("| a | b | c |\n|---|---|---|\n");
        for (var i = 0; i < 150_000; i++)
        {
            table.Append("| a").Append(i).Append(" | b ").Append(i).Append(" c | d |\n");
        }

        using var site = TestSite.With($"-- content/table.md --\n---\ntitle: Table\n---\n{table}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefingGen.Cli.dll"));
        start.ArgumentList.Add("build");
        start.ArgumentList.Add("--no-search");
        start.ArgumentList.Add("-s");
        start.ArgumentList.Add(site.Root);
        // A 4 MB table page takes several hundred MB to read; with 256 MB of heap it cannot be.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x10000000";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("content/table.md:1:1: error BG0212: this page is too large to", stderr);
        Assert.DoesNotContain("OutOfMemory", stderr + await stdout);
    }
}
