"""The tables of `podium.store.schema`: reports, duplicates, rejects, what each report says (report_*),
identities and posts (persons, person_links, bodies, posts, post_forms), tenures and changes.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('bodies',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('parent_id', sa.String(), nullable=True),
    sa.Column('kind', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['bodies.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('persons',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('first_date', sa.String(length=10), nullable=True),
    sa.Column('last_date', sa.String(length=10), nullable=True),
    sa.Column('n_reports', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_name'), ['name'], unique=False)

    op.create_table('rejects',
    sa.Column('rowid', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('excerpt', sa.Text(), nullable=True),
    sa.Column('rejected_at', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('rowid')
    )
    with op.batch_alter_table('rejects', schema=None) as batch_op:
        batch_op.create_index('ux_rejects_origin_line_reason', ['origin', 'line', 'reason'], unique=True)

    op.create_table('report_mentions',
    sa.Column('report_id', sa.String(), nullable=False),
    sa.Column('person_no', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('report_id', 'person_no', 'start')
    )
    op.create_table('report_posts',
    sa.Column('report_id', sa.String(), nullable=False),
    sa.Column('person_no', sa.Integer(), nullable=False),
    sa.Column('post', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('report_id', 'person_no', 'post')
    )
    with op.batch_alter_table('report_posts', schema=None) as batch_op:
        batch_op.create_index('ix_report_posts_post', ['post'], unique=False)

    op.create_table('report_roles',
    sa.Column('report_id', sa.String(), nullable=False),
    sa.Column('person_no', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('report_id', 'person_no', 'role')
    )
    op.create_table('reports',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('raw_text', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_hash', sa.String(length=40), nullable=False),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('text_hash')
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reports_date'), ['date'], unique=False)

    op.create_table('tenures',
    sa.Column('person_id', sa.String(), nullable=False),
    sa.Column('post_id', sa.String(), nullable=False),
    sa.Column('first_date', sa.String(length=10), nullable=False),
    sa.Column('last_date', sa.String(length=10), nullable=False),
    sa.Column('first_report', sa.String(), nullable=False),
    sa.Column('last_report', sa.String(), nullable=False),
    sa.Column('n_reports', sa.Integer(), nullable=False),
    sa.Column('conferred_date', sa.String(length=10), nullable=True),
    sa.Column('conferred_report', sa.String(), nullable=True),
    sa.Column('ended_date', sa.String(length=10), nullable=True),
    sa.Column('ended_report', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('person_id', 'post_id')
    )
    with op.batch_alter_table('tenures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tenures_post_id'), ['post_id'], unique=False)

    op.create_table('changes',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('person_id', sa.String(), nullable=True),
    sa.Column('post_id', sa.String(), nullable=True),
    sa.Column('body_id', sa.String(), nullable=True),
    sa.Column('report_id', sa.String(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_changes_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_changes_person_id'), ['person_id'], unique=False)

    op.create_table('duplicates',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('duplicate_of', sa.String(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['duplicate_of'], ['reports.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('duplicates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duplicates_duplicate_of'), ['duplicate_of'], unique=False)

    op.create_table('person_links',
    sa.Column('report_id', sa.String(), nullable=False),
    sa.Column('person_no', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.String(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], ),
    sa.PrimaryKeyConstraint('report_id', 'person_no')
    )
    with op.batch_alter_table('person_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_links_person_id'), ['person_id'], unique=False)

    op.create_table('posts',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('office', sa.String(), nullable=False),
    sa.Column('body_id', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['body_id'], ['bodies.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('title')
    )
    op.create_table('report_events',
    sa.Column('report_id', sa.String(), nullable=False),
    sa.Column('event_no', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=True),
    sa.Column('sitting', sa.Integer(), nullable=True),
    sa.Column('date', sa.String(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('report_id', 'event_no')
    )
    op.create_table('report_people',
    sa.Column('report_id', sa.String(), nullable=False),
    sa.Column('person_no', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('roles', sa.String(), nullable=False),
    sa.Column('list_no', sa.Integer(), nullable=True),
    sa.Column('list_pos', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('report_id', 'person_no')
    )
    with op.batch_alter_table('report_people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_people_name'), ['name'], unique=False)

    op.create_table('post_forms',
    sa.Column('form', sa.Text(), nullable=False),
    sa.Column('post_id', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], ),
    sa.PrimaryKeyConstraint('form')
    )
    with op.batch_alter_table('post_forms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_post_forms_post_id'), ['post_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('post_forms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_post_forms_post_id'))

    op.drop_table('post_forms')
    with op.batch_alter_table('report_people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_people_name'))

    op.drop_table('report_people')
    op.drop_table('report_events')
    op.drop_table('posts')
    with op.batch_alter_table('person_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_links_person_id'))

    op.drop_table('person_links')
    with op.batch_alter_table('duplicates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duplicates_duplicate_of'))

    op.drop_table('duplicates')
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_changes_person_id'))
        batch_op.drop_index(batch_op.f('ix_changes_date'))

    op.drop_table('changes')
    with op.batch_alter_table('tenures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tenures_post_id'))

    op.drop_table('tenures')
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reports_date'))

    op.drop_table('reports')
    op.drop_table('report_roles')
    with op.batch_alter_table('report_posts', schema=None) as batch_op:
        batch_op.drop_index('ix_report_posts_post')

    op.drop_table('report_posts')
    op.drop_table('report_mentions')
    with op.batch_alter_table('rejects', schema=None) as batch_op:
        batch_op.drop_index('ux_rejects_origin_line_reason')

    op.drop_table('rejects')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persons_name'))

    op.drop_table('persons')
    op.drop_table('bodies')
