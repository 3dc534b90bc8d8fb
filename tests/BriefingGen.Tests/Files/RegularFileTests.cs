using BriefingGen.Diagnostics;
using BriefingGen.Files;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Files;

/// <summary>A file is read whole, even one that grows while it is read, and never past the limit.</summary>
public sealed class RegularFileTests
{
    [Fact]
    public void A_file_is_read_to_its_last_byte()
    {
        using var folder = new TemporaryFolder(Directory.CreateTempSubdirectory("briefinggen-read-").FullName);
        var path = Path.Combine(folder.Path, "page.md");
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)('a' + i % 26)).ToArray();
        File.WriteAllBytes(path, bytes);

        Assert.Equal(bytes, RegularFile.Read(path, "content/page.md", new DiagnosticBag(), maxBytes: 1_000_000));
    }

    [SkippableFact]
    public void A_file_longer_than_its_length_said_is_read_on_to_its_end()
    {
        // The kernel gives /proc's files a length of 0 and writes their text as they are read: a file that grew.
        const string status = "/proc/self/status";
        Skip.IfNot(File.Exists(status) && new FileInfo(status).Length == 0, "needs Linux's /proc, whose files give a length of 0");

        var read = RegularFile.Read(status, status, new DiagnosticBag(), maxBytes: 1_000_000);

        Assert.NotNull(read);
        var text = System.Text.Encoding.UTF8.GetString(read);
        Assert.StartsWith("Name:", text);
        Assert.EndsWith("\n", text);
    }

    [SkippableFact]
    public void A_file_that_grows_past_the_limit_is_refused()
    {
        const string status = "/proc/self/status";
        Skip.IfNot(File.Exists(status) && new FileInfo(status).Length == 0, "needs Linux's /proc, whose files give a length of 0");
        var diagnostics = new DiagnosticBag();

        Assert.Null(RegularFile.Read(status, status, diagnostics, maxBytes: 100));
        Assert.Contains(diagnostics.Sorted(), d => d.Message.Contains("over the limit of 100", StringComparison.Ordinal));
    }
}
