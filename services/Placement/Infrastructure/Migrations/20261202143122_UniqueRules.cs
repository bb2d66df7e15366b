using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HerstelWerk.Placement.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class UniqueRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing in the database changes: the two unique indexes now name the rule they state
            // (IsUniqueRule), which only the model snapshot records, so a violation is a 409 with that sentence.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
