namespace BriefingGen.Tests.Support;

/// <summary>A folder under the system's temporary folder that a test made and removes when done, so runs leave nothing behind.</summary>
public sealed class TemporaryFolder(string path) : IDisposable
{
    public string Path { get; } = path;

    /// <summary>For a folder shared by a whole test run: removed when the test process exits.</summary>
    public static void DeleteAtExit(string path) => AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(path);

    public void Dispose() => Delete(Path);

    private static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
