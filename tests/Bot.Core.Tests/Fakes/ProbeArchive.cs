namespace Bot.Core.Tests.Fakes;

/// <summary>Several probes' stories (TestData folders) copied into one temporary archive, each under its probe's name, so
/// another probe's stories compete as they do in the probes' archive (scripts/probes-archive.py).</summary>
public static class ProbeArchive
{
    /// <summary>Copies the probes' stories into a new temporary folder and returns it; the caller deletes it.</summary>
    public static string Copy(params string[] probes)
    {
        string folder = Directory.CreateTempSubdirectory("newsbot-probes").FullName;
        foreach (var probe in probes)
        {
            string from = Path.Combine(AppContext.BaseDirectory, "TestData", probe);
            foreach (var file in Directory.EnumerateFiles(from, "*.txt", SearchOption.AllDirectories))
            {
                string to = Path.Combine(folder, probe, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }

        return folder;
    }
}
