# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QSizePolicy,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        MainWindow.setMinimumSize(QSize(900, 520))
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.rootLayout = QVBoxLayout(self.centralWidget)
        self.rootLayout.setSpacing(0)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.demoBanner = QLabel(self.centralWidget)
        self.demoBanner.setObjectName(u"demoBanner")
        self.demoBanner.setAlignment(Qt.AlignCenter)

        self.rootLayout.addWidget(self.demoBanner)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(0)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.sidebar = QFrame(self.centralWidget)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMinimumSize(QSize(190, 0))
        self.sidebar.setMaximumSize(QSize(190, 16777215))
        self.sidebarLayout = QVBoxLayout(self.sidebar)
        self.sidebarLayout.setObjectName(u"sidebarLayout")
        self.sidebarLayout.setContentsMargins(12, 16, 12, 12)
        self.appTitle = QLabel(self.sidebar)
        self.appTitle.setObjectName(u"appTitle")

        self.sidebarLayout.addWidget(self.appTitle)

        self.officeLabel = QLabel(self.sidebar)
        self.officeLabel.setObjectName(u"officeLabel")
        self.officeLabel.setWordWrap(True)

        self.sidebarLayout.addWidget(self.officeLabel)

        self.navList = QListWidget(self.sidebar)
        self.navList.setObjectName(u"navList")
        self.navList.setFrameShape(QFrame.NoFrame)

        self.sidebarLayout.addWidget(self.navList)


        self.bodyLayout.addWidget(self.sidebar)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.bodyLayout.addWidget(self.pages)


        self.rootLayout.addLayout(self.bodyLayout)

        MainWindow.setCentralWidget(self.centralWidget)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"UCJ Desktop", None))
        self.demoBanner.setText(QCoreApplication.translate("MainWindow", u"DEMO \u2014 data contoh, bukan data warga sungguhan", None))
        self.appTitle.setText(QCoreApplication.translate("MainWindow", u"UCJ Desktop", None))
        self.officeLabel.setText(QCoreApplication.translate("MainWindow", u"Kelurahan", None))
    # retranslateUi

