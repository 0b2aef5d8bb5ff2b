"""The newest schema revision, known without loading Alembic.

Opening an up-to-date library (every start but the first after an update)
then costs one query instead of reading every migration script. A test
checks this constant against Alembic's own head.
"""

HEAD_REVISION = "0005"
