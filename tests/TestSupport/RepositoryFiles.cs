namespace HerstelWerk.Testing;

/// <summary>Files of the repository the tests run from, such as the README they keep true.</summary>
public static class RepositoryFiles
{
    public static string Path(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "HerstelWerk.sln")))
            {
                return System.IO.Path.Combine(directory.FullName, relative);
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: HerstelWerk.sln not found above " + AppContext.BaseDirectory);
    }
}
