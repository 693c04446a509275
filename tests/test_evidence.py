def test_reading_the_tables_leaves_a_clean_exit() -> None:
    """pyarrow reading from a Python file object made some exits abort (code 134)."""
    import subprocess
    import sys

    code = "import azadkar; azadkar.assess(azadkar.make_profile(['seo']))"
    # One process after another (side by side the aborts were rarer); before the fix
    # 4 runs in 15 aborted; these ten runs failed in two of three tries of the old code.
    for _ in range(10):
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
        assert run.returncode == 0, run.stderr.decode(errors="replace")
