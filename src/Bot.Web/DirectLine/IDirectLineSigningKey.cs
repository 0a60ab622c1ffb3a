using Microsoft.IdentityModel.Tokens;

namespace Bot.Web.DirectLine;

/// <summary>The HS256 key Direct Line tokens are signed with: every host that serves a conversation must hold the same one.</summary>
public interface IDirectLineSigningKey
{
    ValueTask<SymmetricSecurityKey> GetAsync(CancellationToken cancellationToken);
}
