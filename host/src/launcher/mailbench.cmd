@echo off
rem MailBench launcher (Windows). Same JVM options as the "mailbench" shell script (see README.md):
rem serial collector and a 16 MB initial heap (small memory use), and a class-data archive (AppCDS) made by the
rem first run next to the jar (or in %LOCALAPPDATA%\MailBench when this folder is read-only) for a faster start.
rem "dns" commands run with C1 only (-XX:TieredStopAtLevel=1): a short DNS check never repays C2 compile time;
rem they also compile sooner (-XX:CompileThresholdScaling=0.1), inline less (-XX:C1MaxInlineSize=15: less compile work)
rem and start with a larger young generation (less GC).
rem "export" runs with C1 only too (a handover export never repays C2 compile time either), its XML tree promoted at
rem once (-XX:MaxTenuringThreshold=0) into an old generation that never needs a full collection to grow (-Xms512m -Xmn128m),
rem by the parallel collector (a pause stops both the Word and the Excel thread; two GC threads halve it).
rem An update that replaces this folder removes the archive; the next run makes a new one.
setlocal
set "DIR=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if defined MAILBENCH_JAVA set "JAVA=%MAILBENCH_JAVA%"
rem one archive per first word (archive, dns, ... or the window), none for --help / --version
set "WHAT=main"
for %%w in (archive dns setup design migrate export import-checklist project plugins) do if /i "%~1"=="%%w" set "WHAT=%%w"
set "JDIR=%DIR%"
copy /y nul "%DIR%.write-test" >nul 2>&1 && (del "%DIR%.write-test") || (
  if not exist "%LOCALAPPDATA%\MailBench" mkdir "%LOCALAPPDATA%\MailBench"
  set "JDIR=%LOCALAPPDATA%\MailBench\"
)
set "JSA=%JDIR%mailbench-%WHAT%.jsa"
rem the recording run keeps its heap tighter: recording holds ~30 MB more class metadata until the dump at exit
if exist "%JSA%" (set "CDS=-XX:SharedArchiveFile=%JSA%") else (set "CDS=-XX:ArchiveClassesAtExit=%JSA% -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40")
for %%o in (-h --help -V --version) do if "%~1"=="%%o" set "CDS="
set "GC=-XX:+UseSerialGC"
set "JIT="
set "HEAP=-Xms16m"
if /i "%WHAT%"=="dns" set "JIT=-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.1 -XX:C1MaxInlineSize=15"
if /i "%WHAT%"=="dns" set "HEAP=-Xms128m -Xmn96m"
rem the window: a young generation that holds what its start allocates, so no collection comes before the first paint
if /i "%WHAT%"=="main" set "HEAP=-Xms48m -Xmn32m"
if /i "%WHAT%"=="export" set "GC=-XX:+UseParallelGC"
if /i "%WHAT%"=="export" set "JIT=-XX:TieredStopAtLevel=1"
if /i "%WHAT%"=="export" set "HEAP=-Xms512m -Xmn128m -XX:MaxTenuringThreshold=0"
rem "archive" and the window ("main"): C2 only for really hot methods (a no-change run is over before C2 pays back, the
rem window's start-up code is lukewarm; an export passes the counts at once), except the JDK's AES-GCM code, whose C2
rem intrinsics TLS needs from the start
if /i "%WHAT%"=="main" set "JIT=-XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=100000 -XX:Tier4CompileThreshold=100000 -XX:Tier4BackEdgeThreshold=400000 -XX:CompileCommand=quiet -XX:CompileCommand=CompileThresholdScaling,com.sun.crypto.provider.*::*,0.01"
if /i "%WHAT%"=="archive" set "JIT=-XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=100000 -XX:Tier4CompileThreshold=100000 -XX:Tier4BackEdgeThreshold=400000 -XX:CompileCommand=quiet -XX:CompileCommand=CompileThresholdScaling,com.sun.crypto.provider.*::*,0.01"
rem --add-exports: dnsjava reads the system's DNS servers through the JDK's own resolver configuration on Windows
"%JAVA%" %GC% %HEAP% %JIT% %CDS% -Xlog:cds=off -Xlog:cds+dynamic=off --add-exports=java.base/sun.net.dns=ALL-UNNAMED %MAILBENCH_JAVA_OPTS% -jar "%DIR%mailbench.jar" %*
exit /b %ERRORLEVEL%
