using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Products.DeleteProduct;

/// <summary>
/// Deletes a product no price list names. One that is priced somewhere is kept for what refers to it: 409
/// <c>product_in_use</c>, deactivate it instead (<c>isActive: false</c>).
/// </summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record DeleteProductCommand(Guid Id) : ICommand;

public sealed class DeleteProductHandler(IApplicationDbContext db, ProductReader products) : ICommandHandler<DeleteProductCommand>
{
    public async ValueTask<Unit> Handle(DeleteProductCommand command, CancellationToken cancellationToken)
    {
        var product = await products.LoadAsync(command.Id, cancellationToken);
        var lists = await db.PriceListLines.CountAsync(l => l.ProductId == command.Id, cancellationToken);
        if (lists > 0)
        {
            throw new DomainRuleException(
                ProblemCodes.ProductInUse, $"{product.Code} has a price on {lists} price list(s); deactivate it instead of deleting it.", isConflict: true);
        }

        db.Products.Remove(product);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
