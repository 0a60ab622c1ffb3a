using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Web.DirectLine;

/// <summary>
/// The configured <see cref="DirectLineOptions.TokenSigningKey"/>, or a random key for this process, which is right
/// for one host: its tokens then end with the process, like the in-memory conversations they open.
/// </summary>
public sealed class ProcessSigningKey(IOptions<DirectLineOptions> options) : IDirectLineSigningKey
{
    private readonly SymmetricSecurityKey _key = new(Configured(options.Value) ?? RandomNumberGenerator.GetBytes(32));

    public ValueTask<SymmetricSecurityKey> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_key);

    /// <summary>The configured key's bytes; null when none is set.</summary>
    public static byte[]? Configured(DirectLineOptions options) =>
        options.TokenSigningKey.Length > 0 ? Encoding.UTF8.GetBytes(options.TokenSigningKey) : null;
}
