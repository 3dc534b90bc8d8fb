using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Site;

/// <summary>The README stays true: its diagnostic table lists every code the generator reports.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Readme_lists_every_diagnostic_code_with_its_severity()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        foreach (var (code, severity, _) in DiagnosticCodes.All)
        {
            Assert.Contains($"| {code} | {severity.ToString().ToLowerInvariant()} |", readme);
        }
    }

    [Fact]
    public void Readme_starts_with_the_two_setup_commands_that_ci_runs()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        var ci = File.ReadAllText(Repository.Path(".ci", "run"));
        Assert.Contains("dotnet run --project src/BriefingGen.Cli -- build", readme[..400]);
        Assert.Contains("dotnet test BriefingGen.sln --logger trx --results-directory TestResults", readme[..400]);
        Assert.Contains("\ndotnet test BriefingGen.sln --logger trx --results-directory TestResults\n", ci);
    }
}
