using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace BriefingGen.Tests.Snapshots;

/// <summary>Every page of a small site with one of each page kind and data kind is pinned, so any change to output shows in review.</summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("small-site")]
public sealed class SmallSiteSnapshotTests
{
    public static TheoryData<string> OutputFiles => new(BuiltSite.SmallSite.TextFiles);

    [Fact]
    public void The_small_site_builds_with_no_diagnostics() =>
        Assert.True(BuiltSite.SmallSite.Result.Diagnostics.Count == 0, string.Join("\n", BuiltSite.SmallSite.Result.Diagnostics));

    [Fact]
    public void The_small_site_has_a_file_of_every_data_kind()
    {
        var data = Support.Repository.Path("tests", "fixtures", "small-site", "content", "data");
        Assert.All(BriefingGen.Model.Data.DataItems.Kinds, kind =>
            Assert.True(File.Exists(Path.Combine(data, kind + ".yml")) || Directory.Exists(Path.Combine(data, kind)), $"the small site has no {kind} data"));
    }

    [Fact]
    public void The_list_of_output_files_is_as_approved() =>
        Approvals.Verify(string.Join("\n", BuiltSite.SmallSite.Files) + "\n");

    [Theory]
    [MemberData(nameof(OutputFiles))]
    public void Each_output_file_is_as_approved(string path)
    {
        using (ApprovalResults.ForScenario(BuiltSite.Scenario(path)))
        {
            Approvals.Verify(new ApprovalTextWriter(BuiltSite.SmallSite.Read(path), Path.GetExtension(path).TrimStart('.')));
        }
    }
}
