"""Run every benchmark script in bench/ in turn (each writes its own section of bench/RESULTS.md)."""
import subprocess
import sys
from pathlib import Path

NOT_BENCHMARKS = {"readme_examples.py", "screenshots.py"}  # tools that write the README and pictures, not figures

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    failed = [script.name for script in sorted(here.glob("*.py"))
              if script.name != Path(__file__).name and script.name not in NOT_BENCHMARKS
              and subprocess.run([sys.executable, str(script)], cwd=here.parent).returncode != 0]
    if failed:
        sys.exit(f"benchmarks that failed: {', '.join(failed)}")
