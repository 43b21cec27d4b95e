# Sourced by .ci/run: makes sure a PostgreSQL server runs on this machine (installing Debian's package when it is
# missing), creates the role and the test database the batch-jobs tests use, and exports
# OFFTAKE_TEST_POSTGRES_URL / _USER / _PASSWORD so that the PostgreSQL variants of the tests run.
# The database uses the C collation, so that ORDER BY sorts text as the H2 default does (by code point).

offtake_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! dpkg -s postgresql >/dev/null 2>&1; then
    echo "Installing PostgreSQL (Debian package postgresql)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql >/dev/null
  fi
  local version
  version=$(psql --version | awk '{print $3}' | cut -d. -f1)
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    pg_ctlcluster "$version" main start
  fi
  local port
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
  su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'offtake') THEN
    CREATE ROLE offtake LOGIN PASSWORD 'offtake';
  END IF;
END $$;
SELECT 'CREATE DATABASE offtake_test OWNER offtake TEMPLATE template0 ENCODING ''UTF8'' LC_COLLATE ''C'' LC_CTYPE ''C'''
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'offtake_test')\gexec
SQL
  export OFFTAKE_TEST_POSTGRES_URL="jdbc:postgresql://localhost:$port/offtake_test"
  export OFFTAKE_TEST_POSTGRES_USER=offtake
  export OFFTAKE_TEST_POSTGRES_PASSWORD=offtake
  echo "PostgreSQL $version on port $port: the batch-jobs tests run on it too"
}

offtake_postgres
