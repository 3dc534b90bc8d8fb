using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace BriefingGen.Tests.Snapshots;

/// <summary>Every page of the bundled briefing collection is pinned, so any change to output shows in review.</summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("bundled-site")]
public sealed class BundledSiteSnapshotTests
{
    public static TheoryData<string> OutputFiles => new(BuiltSite.BundledSite.TextFiles);

    [Fact]
    public void The_bundled_site_builds_with_no_diagnostics_under_strict() =>
        Assert.True(BuiltSite.BundledSite.Result.Diagnostics.Count == 0, string.Join("\n", BuiltSite.BundledSite.Result.Diagnostics));

    [Fact]
    public void The_list_of_output_files_is_as_approved() =>
        Approvals.Verify(string.Join("\n", BuiltSite.BundledSite.Files) + "\n");

    [Theory]
    [MemberData(nameof(OutputFiles))]
    public void Each_output_file_is_as_approved(string path)
    {
        using (ApprovalResults.ForScenario(BuiltSite.Scenario(path)))
        {
            Approvals.Verify(new ApprovalTextWriter(BuiltSite.BundledSite.Read(path), Path.GetExtension(path).TrimStart('.')));
        }
    }
}
