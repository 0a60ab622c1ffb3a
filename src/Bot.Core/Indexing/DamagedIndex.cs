namespace Bot.Core.Indexing;

/// <summary>Keeps an unreadable index (a file, or a folder where the file should be) aside before a rebuild replaces it.</summary>
internal static class DamagedIndex
{
    /// <summary>Renames what is at <paramref name="path"/> to <c>path.corrupt-yyyyMMddHHmmss</c>; says where it went, or why it could not.</summary>
    public static (bool Kept, string Message) KeepAside(string path, DateTimeOffset now)
    {
        var aside = $"{path}.corrupt-{now:yyyyMMddHHmmss}";
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Move(path, aside);
            }
            else
            {
                File.Move(path, aside);
            }

            return (true, $"The damaged index was kept as {aside}.");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (false, $"The damaged index could not be moved aside to {aside} ({error.Message}); it is not overwritten.");
        }
    }
}
