using System.Diagnostics;

namespace Bot.Core.Tests.Fakes;

/// <summary>
/// One temporary folder per test process. Engines built without an index path save their index here, so the files
/// do not pile up in the temp folder run after run (they once filled a disk). The test host is stopped without
/// running exit handlers, so each run removes the folders of earlier runs whose process is gone.
/// </summary>
public static class TestScratch
{
    private const string Prefix = "newsbot-tests-";

    private static readonly Lazy<string> Folder = new(Create);

    /// <summary>A path inside this process's scratch folder, unique to the caller.</summary>
    public static string PathFor(string prefix, string extension = "") =>
        Path.Combine(Folder.Value, $"{prefix}-{Guid.NewGuid():N}{extension}");

    private static string Create()
    {
        RemoveOrphans();
        return Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), Prefix + Environment.ProcessId)).FullName;
    }

    private static void RemoveOrphans()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(folder)[Prefix.Length..], out int owner) && !IsRunning(owner))
            {
                TryDelete(folder);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another run may be removing it too; what is left goes next time.
        }
    }
}
